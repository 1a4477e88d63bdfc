package org.gongkai.participation;

import org.gongkai.platform.web.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The public message form as typed. {@code website} is a honeypot: hidden from people, filled in by robots.
 * {@link #check()} gives the draft or the field errors, in the order of the form; the limits are the database's.
 */
record MessageForm(String type, String subject, String body, String name, String phone, String email,
                   String mayPublish, String website) {

    static final int SUBJECT_MAX = 100;
    static final int BODY_MAX = 5000;
    static final int NAME_MAX = 50;
    static final int PHONE_MAX = 30;
    static final int EMAIL_MAX = 100;
    static final List<String> FIELDS = List.of("type", "subject", "body", "name", "phone", "email", "contact");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ()]{5,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static MessageForm empty() {
        return new MessageForm(null, null, null, null, null, null, null, null);
    }

    boolean robot() {
        return website != null && !website.isEmpty();
    }

    MessageDraft check() {
        Map<String, String> errors = new LinkedHashMap<>();
        MessageType t = null;
        try {
            t = type == null || type.isBlank() ? null : MessageType.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (t == null) {
            errors.put("type", "msg.error.type");
        }
        String s = strip(subject);
        if (s == null) {
            errors.put("subject", "msg.error.subject");
        } else if (s.length() > SUBJECT_MAX) {
            errors.put("subject", "msg.error.subjectLong");
        }
        // the body is kept exactly as typed; only an empty one is refused
        if (body == null || body.isBlank()) {
            errors.put("body", "msg.error.body");
        } else if (body.length() > BODY_MAX) {
            errors.put("body", "msg.error.bodyLong");
        }
        String n = strip(name);
        if (n == null) {
            errors.put("name", "msg.error.name");
        } else if (n.length() > NAME_MAX) {
            errors.put("name", "msg.error.nameLong");
        }
        String p = strip(phone);
        if (p != null && (p.length() > PHONE_MAX || !PHONE.matcher(p).matches())) {
            errors.put("phone", "msg.error.phone");
        }
        String e = strip(email);
        if (e != null && (e.length() > EMAIL_MAX || !EMAIL.matcher(e).matches())) {
            errors.put("email", "msg.error.email");
        }
        if (p == null && e == null) {
            errors.put("contact", "msg.error.contact");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new MessageDraft(t, s, body, n, p, e == null ? null : e.toLowerCase(), "true".equals(mayPublish));
    }

    private static String strip(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
