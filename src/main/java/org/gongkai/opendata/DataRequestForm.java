package org.gongkai.opendata;

import org.gongkai.platform.web.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The public data request form as typed. {@code website} is a honeypot: hidden from people, filled in by robots.
 * {@link #check()} gives the draft or the field errors in the order of the form; the limits are the database's.
 */
record DataRequestForm(String title, String description, String purpose, String name, String phone, String email,
                       String website) {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int PURPOSE_MAX = 1000;
    static final int NAME_MAX = 100;
    static final int PHONE_MAX = 40;
    static final int EMAIL_MAX = 200;
    static final List<String> FIELDS = List.of("title", "description", "purpose", "name", "phone", "email", "contact");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ()]{5,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static DataRequestForm empty() {
        return new DataRequestForm(null, null, null, null, null, null, null);
    }

    boolean robot() {
        return website != null && !website.isEmpty();
    }

    DataRequestDraft check() {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = strip(title);
        if (t == null) {
            errors.put("title", "odr.error.title");
        } else if (t.length() > TITLE_MAX) {
            errors.put("title", "odr.error.tooLong");
        }
        String d = strip(description);
        if (d == null) {
            errors.put("description", "odr.error.description");
        } else if (d.length() > DESCRIPTION_MAX) {
            errors.put("description", "odr.error.tooLong");
        }
        String p = strip(purpose);
        if (p != null && p.length() > PURPOSE_MAX) {
            errors.put("purpose", "odr.error.tooLong");
        }
        String n = strip(name);
        if (n == null) {
            errors.put("name", "odr.error.name");
        } else if (n.length() > NAME_MAX) {
            errors.put("name", "odr.error.tooLong");
        }
        String ph = strip(phone);
        if (ph != null && (ph.length() > PHONE_MAX || !PHONE.matcher(ph).matches())) {
            errors.put("phone", "odr.error.phone");
        }
        String e = strip(email);
        if (e != null && (e.length() > EMAIL_MAX || !EMAIL.matcher(e).matches())) {
            errors.put("email", "odr.error.email");
        }
        if (ph == null && e == null) {
            errors.put("contact", "odr.error.contact");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new DataRequestDraft(t, d, p, n, ph, e == null ? null : e.toLowerCase());
    }

    private static String strip(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
