package org.gongkai.document;

import org.gongkai.identity.StaffUser;

import java.util.Map;
import java.util.Optional;

/**
 * A section another module adds to the back-office document page (the screening findings), without the document
 * module knowing it: a Thymeleaf fragment taking one parameter, {@code data}.
 */
public interface DocumentSection {

    /** {@code template} like {@code review/findings :: section(data)}'s file part: {@code review/findings}. */
    record Fragment(String template, Map<String, Object> data) {
    }

    Optional<Fragment> section(StaffUser user, DocumentView view);
}
