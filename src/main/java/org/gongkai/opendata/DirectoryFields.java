package org.gongkai.opendata;

import org.gongkai.platform.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configured fields of the national government resource catalogue (ADR 0047), read once at start from
 * {@code gongkai.opendata.directory-fields} (default the file in the module's resources). A configuration that is
 * not well-formed stops the start with a message, rather than losing values later. Also checks a form's values.
 */
@Component
class DirectoryFields {

    private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");
    private static final int LIMIT = 2000;

    record Config(String comment, List<DirectoryField> fields) {
    }

    private final List<DirectoryField> fields;

    DirectoryFields(@Value("${gongkai.opendata.directory-fields:classpath:opendata/directory-fields.json}")
                    Resource source) {
        this.fields = load(source);
    }

    List<DirectoryField> all() {
        return fields;
    }

    static List<DirectoryField> load(Resource source) {
        JsonMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        Config c;
        try (InputStream in = source.getInputStream()) {
            c = json.readValue(in, Config.class);
        } catch (IOException e) {
            throw new UncheckedIOException("directory fields: cannot read " + source, e);
        }
        List<DirectoryField> list = c.fields() == null ? List.of() : c.fields();
        Set<String> seen = new HashSet<>();
        for (DirectoryField f : list) {
            if (f.code() == null || !CODE.matcher(f.code()).matches() || !seen.add(f.code())) {
                throw new IllegalStateException("directory fields: bad or repeated code " + f.code() + " in " + source);
            }
            if (f.kind() == null || (f.kind() == DirectoryField.Kind.CHOICE)
                    == (f.choices() == null || f.choices().isEmpty())) {
                throw new IllegalStateException("directory fields: " + f.code() + " needs a kind, and choices exactly when CHOICE");
            }
            if (f.kind() != DirectoryField.Kind.CHOICE && (f.maxLength() < 1 || f.maxLength() > LIMIT)) {
                throw new IllegalStateException("directory fields: " + f.code() + " needs maxLength 1.." + LIMIT);
            }
        }
        return list.stream().map(f -> new DirectoryField(f.code(), f.kind(), f.maxLength(), f.label(), f.help(),
                f.nearestDcat() == null ? "" : f.nearestDcat(), f.choices() == null ? List.of() : f.choices())).toList();
    }

    /** The values as typed in a form (request parameters {@code dir_<code>}), by code; absent ones are null. */
    Map<String, String> fromParams(MultiValueMap<String, String> params) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (DirectoryField f : fields) {
            raw.put(f.code(), params == null ? null : params.getFirst(f.param()));
        }
        return raw;
    }

    /**
     * The values to store, by code (blank ones left out), or an {@link InvalidInputException} with a message key per
     * form field ({@code dir_<code>}): a text over its length, or a choice that is not one of the field's.
     */
    Map<String, String> validate(Map<String, String> raw) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (DirectoryField f : fields) {
            String v = raw.get(f.code());
            v = v == null ? null : v.strip();
            if (v == null || v.isEmpty()) {
                continue;
            }
            if (f.choice()) {
                String value = v;
                if (f.choices().stream().noneMatch(c -> c.code().equals(value))) {
                    errors.put(f.param(), "od.dir.error.choice");
                    continue;
                }
            } else if (v.codePointCount(0, v.length()) > f.maxLength()) {
                errors.put(f.param(), "od.dir.error.tooLong");
                continue;
            } else if (!f.longText() && v.contains("\n")) {
                v = v.replaceAll("\\s*\\R\\s*", " ");
            }
            values.put(f.code(), v);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return values;
    }

    /** Stored values of configured fields only, in the configured order, for showing and exporting. */
    List<Entry> entries(Map<String, String> stored, java.util.Locale locale) {
        return fields.stream().filter(f -> stored.containsKey(f.code()))
                .map(f -> new Entry(f, stored.get(f.code()), f.display(stored.get(f.code()), locale))).toList();
    }

    record Entry(DirectoryField field, String value, String text) {
    }
}
