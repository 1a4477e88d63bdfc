package org.gongkai.services;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the ledger's tasks and the replies to suggestions share: editors change a draft, only a publisher changes one
 * once it is public (the change is public at once); a form carries the version it was read at; a change is logged as
 * the fields it changed, was → now.
 */
final class PublicRecords {

    /** The fields a change changed: what they were and what they are. */
    record Diff(Map<String, Object> was, Map<String, Object> now) {
    }

    private PublicRecords() {
    }

    static Diff diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        after.forEach((k, value) -> {
            if (!Objects.equals(before.get(k), value)) {
                was.put(k, before.get(k));
                now.put(k, value);
            }
        });
        return new Diff(was, now);
    }

    /** The version a form was read at; 400 when missing. */
    static int version(String value) {
        Integer version = PlanValidation.integer(value);
        if (version == null) {
            throw InvalidInputException.of("version", "svc.error.version");
        }
        return version;
    }

    /** Refuses a user who may not change the record: its editors while a draft, its publishers once public. */
    static void requireChangeable(OrganisationAccess access, StaffUser user, long organisationId, boolean published) {
        access.requireRead(user, organisationId);
        if (published) {
            access.requireRole(user, organisationId, Role.PUBLISHER);
        } else {
            access.requireRole(user, organisationId, Role.EDITOR, Role.PUBLISHER);
        }
    }

    /** Whether the user may change it (the pages show or hide the forms by this). */
    static boolean mayChange(OrganisationAccess access, StaffUser user, long organisationId, boolean published) {
        return access.canEdit(user, organisationId)
                && (published ? user.has(Role.PUBLISHER) : user.has(Role.EDITOR) || user.has(Role.PUBLISHER));
    }
}
