package org.gongkai.enrollment;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The staff actions on a county's enrollment information: open a year (empty, or with the latest earlier year's
 * texts and schools to edit), save the policy and migrant children's rules, add and remove schedule steps and
 * schools, and publish under the document that sets them. Editors and publishers of the county edit drafts; only a
 * publisher publishes; a published year is final (V155 triggers). Each action is a {@link StaffAction}.
 */
@Service
class EnrollmentYears {

    static final int TEXT_MAX = 20_000;
    static final int WHAT_MAX = 200;
    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 200;
    static final int NOTE_MAX = 500;
    static final int PLACES_MAX = 100_000;

    /** A school as the form sends it. */
    record SchoolForm(String name, String stage, String places, String address, String note) {
        static SchoolForm blank() {
            return new SchoolForm("", "PRIMARY", "", "", "");
        }
    }

    /** A schedule step as the form sends it. */
    record ItemForm(String startsOn, String endsOn, String what) {
        static ItemForm blank() {
            return new ItemForm("", "", "");
        }
    }

    private final EnrollmentStore store;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;

    EnrollmentYears(EnrollmentStore store, OrganisationAccess access, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.events = events;
    }

    /** The year, if the user may read its organisation's back office (404 for no such id, 403 for another's). */
    EnrollmentYear readable(StaffUser user, long id) {
        EnrollmentYear y = store.find(id).orElseThrow(() -> new NotFoundException("enrollment year", id));
        access.requireRead(user, y.organisationId());
        return y;
    }

    @Transactional
    long open(StaffUser user, long organisationId, Integer year, boolean copyLatest) {
        access.requireRole(user, organisationId, Role.EDITOR, Role.PUBLISHER);
        if (year == null || year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "zoning.error.year");
        }
        if (store.yearTaken(organisationId, year)) {
            throw InvalidInputException.of("year", "zoning.error.yearTaken");
        }
        EnrollmentYear earlier = copyLatest ? store.latestBefore(organisationId, year).orElse(null) : null;
        long id = store.insert(organisationId, year, earlier == null ? null : earlier.policy(),
                earlier == null ? null : earlier.migrantRules(), user.id());
        if (earlier != null) {
            for (EnrollmentSchool s : store.schools(earlier.id())) {
                store.insertSchool(id, s.name(), s.stage(), s.places(), s.address(), s.note());
            }
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), organisationId, "enrol.open", "enrollment_year",
                String.valueOf(id), Map.of(), Map.of("year", year, "copiedFrom", earlier == null ? "" : earlier.year())));
        return id;
    }

    @Transactional
    void saveTexts(StaffUser user, long id, String policy, String migrantRules, String version) {
        EnrollmentYear y = draft(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        String p = RuleChecks.text(policy);
        String m = RuleChecks.text(migrantRules);
        if (p != null && p.length() > TEXT_MAX) {
            errors.put("policy", "enrol.error.tooLong");
        }
        if (m != null && m.length() > TEXT_MAX) {
            errors.put("migrantRules", "enrol.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!String.valueOf(y.version()).equals(RuleChecks.text(version)) || !store.saveTexts(id, y.version(), p, m)) {
            throw new ConflictException("enrol.error.stale");
        }
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("policyLength", p == null ? 0 : p.length());
        now.put("migrantRulesLength", m == null ? 0 : m.length());
        events.publishEvent(new StaffAction(user.id(), user.username(), y.organisationId(), "enrol.texts",
                "enrollment_year", String.valueOf(id), Map.of(), now));
    }

    @Transactional
    long addSchool(StaffUser user, long id, SchoolForm form) {
        EnrollmentYear y = draft(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = RuleChecks.text(form.name());
        if (name == null || name.length() > NAME_MAX) {
            errors.put("name", name == null ? "enrol.error.name" : "enrol.error.tooLong");
        }
        Stage stage = null;
        try {
            stage = Stage.valueOf(String.valueOf(form.stage()).strip());
        } catch (IllegalArgumentException e) {
            errors.put("stage", "enrol.error.stage");
        }
        Integer places = null;
        try {
            places = Integer.valueOf(String.valueOf(form.places()).strip());
        } catch (NumberFormatException e) {
            // named below
        }
        if (places == null || places < 0 || places > PLACES_MAX) {
            errors.put("places", "enrol.error.places");
        }
        String address = RuleChecks.text(form.address());
        if (address != null && address.length() > ADDRESS_MAX) {
            errors.put("address", "enrol.error.tooLong");
        }
        String note = RuleChecks.text(form.note());
        if (note != null && note.length() > NOTE_MAX) {
            errors.put("note", "enrol.error.tooLong");
        }
        if (name != null && stage != null && !errors.containsKey("name") && store.schoolTaken(id, stage, name)) {
            errors.put("name", "enrol.error.schoolTaken");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long schoolId = store.insertSchool(id, name, stage, places, address, note);
        store.touch(id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", name);
        after.put("stage", stage.name());
        after.put("places", places);
        after.put("year", y.year());
        events.publishEvent(new StaffAction(user.id(), user.username(), y.organisationId(), "enrol.school.add",
                "enrollment_school", String.valueOf(schoolId), Map.of(), after));
        return schoolId;
    }

    @Transactional
    void deleteSchool(StaffUser user, long id, long schoolId) {
        EnrollmentYear y = draft(user, id);
        EnrollmentSchool s = store.school(schoolId).filter(x -> x.enrollmentYearId() == id)
                .orElseThrow(() -> new NotFoundException("enrollment school", schoolId));
        store.deleteSchool(schoolId);
        store.touch(id);
        events.publishEvent(new StaffAction(user.id(), user.username(), y.organisationId(), "enrol.school.delete",
                "enrollment_school", String.valueOf(schoolId),
                Map.of("name", s.name(), "stage", s.stage().name(), "places", s.places()), Map.of("year", y.year())));
    }

    @Transactional
    long addItem(StaffUser user, long id, ItemForm form) {
        EnrollmentYear y = draft(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(form.startsOn(), "startsOn", errors);
        LocalDate to = date(form.endsOn(), "endsOn", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("endsOn", "enrol.error.endsBefore");
        }
        String what = RuleChecks.text(form.what());
        if (what == null || what.length() > WHAT_MAX) {
            errors.put("what", what == null ? "enrol.error.what" : "enrol.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long itemId = store.insertItem(id, from, to, what);
        store.touch(id);
        events.publishEvent(new StaffAction(user.id(), user.username(), y.organisationId(), "enrol.schedule.add",
                "enrollment_schedule", String.valueOf(itemId), Map.of(),
                Map.of("startsOn", from.toString(), "endsOn", to.toString(), "what", what)));
        return itemId;
    }

    @Transactional
    void deleteItem(StaffUser user, long id, long itemId) {
        EnrollmentYear y = draft(user, id);
        ScheduleItem item = store.item(itemId).filter(x -> x.enrollmentYearId() == id)
                .orElseThrow(() -> new NotFoundException("enrollment schedule", itemId));
        store.deleteItem(itemId);
        store.touch(id);
        events.publishEvent(new StaffAction(user.id(), user.username(), y.organisationId(), "enrol.schedule.delete",
                "enrollment_schedule", String.valueOf(itemId),
                Map.of("startsOn", item.startsOn().toString(), "endsOn", item.endsOn().toString(), "what", item.what()),
                Map.of("year", y.year())));
    }

    @Transactional
    void publish(StaffUser user, long id, String title, String url, String version) {
        EnrollmentYear y = store.lock(id).orElseThrow(() -> new NotFoundException("enrollment year", id));
        access.requireRole(user, y.organisationId(), Role.PUBLISHER);
        if (y.published()) {
            throw new ConflictException("enrol.error.published");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String t = RuleChecks.text(title);
        if (t == null || t.length() > ZoningRules.TITLE_MAX) {
            errors.put("decisionTitle", t == null ? "zoning.error.decisionTitle" : "zoning.error.tooLong");
        }
        String u = RuleChecks.text(url);
        if (u != null && !ZoningRules.httpUrl(u)) {
            errors.put("decisionUrl", "zoning.error.decisionUrl");
        }
        if (y.policy() == null) {
            errors.put("policy", "enrol.error.policyMissing");
        }
        if (y.migrantRules() == null) {
            errors.put("migrantRules", "enrol.error.migrantMissing");
        }
        if (y.schoolCount() == 0) {
            errors.put("schools", "enrol.error.noSchools");
        }
        if (y.scheduleCount() == 0) {
            errors.put("schedule", "enrol.error.noSchedule");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!String.valueOf(y.version()).equals(RuleChecks.text(version)) || !store.publish(id, y.version(), t, u, user.id())) {
            throw new ConflictException("enrol.error.stale");
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), y.organisationId(), "enrol.publish",
                "enrollment_year", String.valueOf(id), Map.of("status", "DRAFT"),
                Map.of("status", "PUBLISHED", "year", y.year(), "decision", t, "schools", y.schoolCount())));
        events.publishEvent(new EnrollmentPublished(y.organisationId(), id, y.year()));
    }

    /** A draft the user may edit, locked for the action. */
    private EnrollmentYear draft(StaffUser user, long id) {
        EnrollmentYear y = store.lock(id).orElseThrow(() -> new NotFoundException("enrollment year", id));
        access.requireRole(user, y.organisationId(), Role.EDITOR, Role.PUBLISHER);
        if (y.published()) {
            throw new ConflictException("enrol.error.published");
        }
        return y;
    }

    private static LocalDate date(String raw, String field, Map<String, String> errors) {
        String s = RuleChecks.text(raw);
        if (s == null) {
            errors.put(field, "enrol.error.date");
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s);
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                errors.put(field, "enrol.error.date");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.put(field, "enrol.error.date");
            return null;
        }
    }
}
