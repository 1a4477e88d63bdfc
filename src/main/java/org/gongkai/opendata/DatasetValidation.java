package org.gongkai.opendata;

import org.gongkai.catalog.OpennessClass;
import org.gongkai.platform.web.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a dataset form against the rules the database also enforces; errors are message keys per field. */
final class DatasetValidation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{5,40}");

    private DatasetValidation() {
    }

    static OpenDataStore.Values validate(DatasetForm f) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = text(f.title(), 200, "title", true, errors);
        String description = text(f.description(), 4000, "description", true, errors);
        DatasetTheme theme = choice(DatasetTheme.class, f.theme(), "theme", errors);
        String keywords = text(f.keywords(), 200, "keywords", false, errors);
        String publisher = text(f.publisher(), 200, "publisher", true, errors);
        String email = text(f.contactEmail(), 200, "contactEmail", false, errors);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.put("contactEmail", "od.error.contactEmail");
        }
        String phone = text(f.contactPhone(), 40, "contactPhone", false, errors);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.put("contactPhone", "od.error.contactPhone");
        }
        if (email == null && phone == null && !errors.containsKey("contactEmail") && !errors.containsKey("contactPhone")) {
            errors.put("contactEmail", "od.error.contactRequired");
        }
        DataLicence licence = choice(DataLicence.class, f.licence(), "licence", errors);
        UpdateFrequency frequency = choice(UpdateFrequency.class, f.frequency(), "frequency", errors);
        LocalDate start = date(f.temporalStart(), "temporalStart", errors);
        LocalDate end = date(f.temporalEnd(), "temporalEnd", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("temporalEnd", "od.error.temporalOrder");
        }
        String spatial = text(f.spatial(), 200, "spatial", false, errors);
        OpennessClass openness = OpennessClass.parse(f.opennessClass()).orElse(null);
        if (openness == null) {
            errors.put("opennessClass", "od.error.opennessClass");
        }
        String legalBasis = text(f.legalBasis(), 500, "legalBasis", false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new OpenDataStore.Values(title, description, theme, keywords, publisher, email, phone, licence,
                frequency, start, end, spatial, openness, legalBasis);
    }

    static Integer version(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int v = Integer.parseInt(value.strip());
            return v < 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String text(String value, int max, String field, boolean required, Map<String, String> errors) {
        String s = value == null || value.isBlank() ? null : value.strip();
        if (s == null && required) {
            errors.put(field, "od.error.required");
        } else if (s != null && s.length() > max) {
            errors.put(field, "od.error." + field + ".long");
        }
        return s;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Map<String, String> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "od.error." + field);
            return null;
        }
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "od.error.date");
            return null;
        }
    }
}
