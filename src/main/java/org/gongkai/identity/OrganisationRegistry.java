package org.gongkai.identity;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.FieldErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/** Registers organisations in the tree. */
@Service
public class OrganisationRegistry {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    OrganisationRegistry(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public long create(NewOrganisation o, StaffUser actor) {
        validate(o);
        long id = jdbc.sql("""
                insert into organisation (parent_id, code, name, kind, slug, position, address, phone,
                    office_name, office_address, office_hours, office_phone, office_fax, office_email, office_online,
                    icp_number, police_number, site_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(o.parentId(), o.code(), o.name().trim(), o.kind().name(), o.slug(), o.position(), o.address(),
                        o.phone(), o.office().name(), o.office().address(), o.office().hours(), o.office().phone(),
                        o.office().fax(), o.office().email(), o.office().online(), o.site().icpNumber(),
                        o.site().policeNumber(), o.site().siteCode())
                .query(Long.class).single();
        events.publishEvent(new StaffAction(actor == null ? null : actor.id(), actor == null ? "system" : actor.username(),
                id, "organisation.create", "organisation", String.valueOf(id), Map.of(),
                Map.of("code", o.code(), "name", o.name(), "slug", o.slug())));
        return id;
    }

    private void validate(NewOrganisation o) {
        FieldErrors errors = new FieldErrors();
        errors.require(o.name() != null && !o.name().isBlank() && o.name().length() <= 100, "name", "org.name.invalid");
        errors.require(o.code() != null && o.code().matches("[0-9A-Z]{9}|[0-9A-Z]{18}"), "code", "org.code.invalid");
        errors.require(o.slug() != null && o.slug().matches("[a-z0-9][a-z0-9-]{0,39}"), "slug", "org.slug.invalid");
        errors.require(o.kind() != null, "kind", "org.kind.invalid");
        if (errors.isEmpty()) {
            errors.require(jdbc.sql("select count(*) from organisation where code = ?").param(o.code()).query(Long.class).single() == 0,
                    "code", "org.code.taken");
            errors.require(jdbc.sql("select count(*) from organisation where slug = ?").param(o.slug()).query(Long.class).single() == 0,
                    "slug", "org.slug.taken");
        }
        errors.throwIfAny();
    }
}
