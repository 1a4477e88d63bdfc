package org.gongkai.identity;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.FieldErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Changes an organisation's details (not its code, which 索引号 are built from, nor its place in the tree), with
 * optimistic concurrency: a save based on a stale version is refused.
 */
@Service
class OrganisationEditing {

    private static final Pattern HOST = Pattern.compile(
            "(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final OrganisationDirectory directory;
    private final AdminScope scope;
    private final ApplicationEventPublisher events;

    OrganisationEditing(JdbcClient jdbc, OrganisationDirectory directory, AdminScope scope, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.scope = scope;
        this.events = events;
    }

    int version(long id) {
        return jdbc.sql("select version from organisation where id = ?").param(id).query(Integer.class).single();
    }

    @Transactional
    Organisation update(StaffUser actor, long id, OrganisationForm form) {
        Organisation before = scope.require(actor, Role.SYSTEM_ADMIN, id);
        Map<String, Object> values = validate(id, form);
        int updated;
        try {
            updated = jdbc.sql("""
                    update organisation set name = :name, kind = :kind, slug = :slug, host_name = :hostName,
                           address = :address, phone = :phone, office_name = :officeName,
                           office_address = :officeAddress, office_hours = :officeHours, office_phone = :officePhone,
                           office_fax = :officeFax, office_email = :officeEmail, office_online = :officeOnline,
                           icp_number = :icpNumber, police_number = :policeNumber, site_code = :siteCode,
                           version = version + 1
                     where id = :id and version = :version""")
                    .params(withKeys(values, id, form.expectedVersion())).update();
        } catch (DuplicateKeyException e) {
            // someone took the slug or host name between the check and the update
            boolean host = String.valueOf(e.getMessage()).contains("host_name");
            throw org.gongkai.platform.web.InvalidInputException.of(host ? "hostName" : "slug",
                    host ? "org.hostName.taken" : "org.slug.taken");
        }
        if (updated == 0) {
            throw new ConflictException("org.stale");
        }
        Organisation after = directory.get(id);
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        Map<String, Object> old = fields(before);
        fields(after).forEach((k, v) -> {
            if (!Objects.equals(old.get(k), v)) {
                was.put(k, old.get(k));
                now.put(k, v);
            }
        });
        events.publishEvent(new StaffAction(actor.id(), actor.username(), id, "organisation.update", "organisation",
                String.valueOf(id), was, now));
        return after;
    }

    private Map<String, Object> validate(long id, OrganisationForm f) {
        FieldErrors errors = new FieldErrors();
        Map<String, Object> v = new LinkedHashMap<>();
        String name = text(f.name());
        errors.require(name != null && name.length() <= 100, "name", "org.name.invalid");
        v.put("name", name);
        OrganisationKind kind = null;
        try {
            kind = f.kind() == null ? null : OrganisationKind.valueOf(f.kind().strip());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.require(kind != null, "kind", "org.kind.invalid");
        v.put("kind", kind == null ? null : kind.name());
        String slug = text(f.slug());
        errors.require(slug != null && slug.matches("[a-z0-9][a-z0-9-]{0,39}"), "slug", "org.slug.invalid");
        v.put("slug", slug);
        String host = text(f.hostName()) == null ? null : text(f.hostName()).toLowerCase(Locale.ROOT);
        errors.require(host == null || HOST.matcher(host).matches(), "hostName", "org.hostName.invalid");
        v.put("hostName", host);
        v.put("address", limited(errors, "address", f.address(), 200));
        v.put("phone", limited(errors, "phone", f.phone(), 50));
        v.put("officeName", limited(errors, "officeName", f.officeName(), 100));
        v.put("officeAddress", limited(errors, "officeAddress", f.officeAddress(), 200));
        v.put("officeHours", limited(errors, "officeHours", f.officeHours(), 200));
        v.put("officePhone", limited(errors, "officePhone", f.officePhone(), 50));
        v.put("officeFax", limited(errors, "officeFax", f.officeFax(), 50));
        String email = limited(errors, "officeEmail", f.officeEmail(), 100);
        errors.require(email == null || EMAIL.matcher(email).matches(), "officeEmail", "org.email.invalid");
        v.put("officeEmail", email);
        v.put("officeOnline", limited(errors, "officeOnline", f.officeOnline(), 200));
        v.put("icpNumber", limited(errors, "icpNumber", f.icpNumber(), 50));
        v.put("policeNumber", limited(errors, "policeNumber", f.policeNumber(), 50));
        String siteCode = limited(errors, "siteCode", f.siteCode(), 20);
        errors.require(siteCode == null || siteCode.matches("[0-9A-Za-z]{1,20}"), "siteCode", "org.siteCode.invalid");
        v.put("siteCode", siteCode);
        if (slug != null && slug.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            errors.require(!taken("slug", slug, id), "slug", "org.slug.taken");
        }
        if (host != null && HOST.matcher(host).matches()) {
            errors.require(!taken("host_name", host, id), "hostName", "org.hostName.taken");
        }
        errors.throwIfAny();
        return v;
    }

    private boolean taken(String column, String value, long exceptId) {
        return jdbc.sql("select exists (select 1 from organisation where " + column + " = ? and id <> ?)")
                .params(value, exceptId).query(Boolean.class).single();
    }

    private static String limited(FieldErrors errors, String field, String value, int max) {
        String t = text(value);
        errors.require(t == null || t.length() <= max, field, "org.field.tooLong");
        return t;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, Object> withKeys(Map<String, Object> values, long id, int version) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.put("id", id);
        m.put("version", version);
        return m;
    }

    static Map<String, Object> fields(Organisation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.name());
        m.put("kind", o.kind().name());
        m.put("slug", o.slug());
        m.put("hostName", o.hostName());
        m.put("address", o.address());
        m.put("phone", o.phone());
        m.put("officeName", o.office().name());
        m.put("officeAddress", o.office().address());
        m.put("officeHours", o.office().hours());
        m.put("officePhone", o.office().phone());
        m.put("officeFax", o.office().fax());
        m.put("officeEmail", o.office().email());
        m.put("officeOnline", o.office().online());
        m.put("icpNumber", o.site().icpNumber());
        m.put("policeNumber", o.site().policeNumber());
        m.put("siteCode", o.site().siteCode());
        return m;
    }
}
