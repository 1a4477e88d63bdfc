package org.gongkai.opendata;

/** A series as typed in its form; {@code version} is the version an edit was based on (empty when creating). */
public record SeriesForm(String title, String description, String frequency, String version) {

    static SeriesForm blank() {
        return new SeriesForm(null, null, UpdateFrequency.ANNUAL.name(), null);
    }

    static SeriesForm of(Series s) {
        return new SeriesForm(s.title(), s.description(), s.frequency().name(), String.valueOf(s.version()));
    }

    SeriesForm withVersion(int v) {
        return new SeriesForm(title, description, frequency, String.valueOf(v));
    }

    /** The checked values, or the field errors as an {@code InvalidInputException}. */
    Values validate() {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        String t = DatasetValidation.text(title, 200, "title", true, errors);
        String d = DatasetValidation.text(description, 4000, "description", true, errors);
        UpdateFrequency f = DatasetValidation.choice(UpdateFrequency.class, frequency, "frequency", errors);
        if (!errors.isEmpty()) {
            throw new org.gongkai.platform.web.InvalidInputException(errors);
        }
        return new Values(t, d, f);
    }

    record Values(String title, String description, UpdateFrequency frequency) {

        java.util.Map<String, Object> asMap() {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("title", title);
            m.put("description", description);
            m.put("frequency", frequency.name());
            return m;
        }
    }
}
