package org.gongkai.syndication;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 政务新媒体 register (art. 十四): an organisation's official accounts, one per platform, and the date of each
 * account's last post; an account with nothing posted for {@link #DORMANT_DAYS} days is dormant. Registering and
 * recording a post are staff actions of the organisation's publishers and disclosure officers. Today comes from the
 * injected clock.
 */
@Service
public class NewMediaRegister {

    static final int DORMANT_DAYS = 14;
    static final Set<String> FILINGS = Set.of("FILED", "PENDING", "NONE");
    static final Role[] KEEPERS = {Role.PUBLISHER, Role.DISCLOSURE_OFFICER};
    private static final String SELECT = """
            select id, organisation_id, platform, name, account_id, sponsor, filing, responsible, url, last_post_on
              from new_media_account""";

    private final JdbcClient jdbc;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NewMediaRegister(JdbcClient jdbc, OrganisationAccess access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    public boolean dormant(NewMediaAccount a) {
        return a.dormant(today(), DORMANT_DAYS);
    }

    /** The organisation's accounts by platform (public: the accounts are the organisation's official channels). */
    public List<NewMediaAccount> of(long organisationId) {
        return jdbc.sql(SELECT + " where organisation_id = ? order by platform, id").param(organisationId)
                .query(NewMediaRegister::map).list();
    }

    public boolean anyAt(long organisationId) {
        return jdbc.sql("select exists (select 1 from new_media_account where organisation_id = ?)")
                .param(organisationId).query(Boolean.class).single();
    }

    @Transactional
    public long register(StaffUser user, NewMediaInput in) {
        access.requireRole(user, user.organisationId(), KEEPERS);
        Map<String, String> errors = new LinkedHashMap<>();
        NewMediaPlatform platform = null;
        try {
            platform = NewMediaPlatform.valueOf(text(in.platform()) == null ? "" : in.platform().strip());
        } catch (IllegalArgumentException e) {
            errors.put("platform", "media.error.platform");
        }
        String name = required(in.name(), 100, "name", errors);
        String accountId = required(in.accountId(), 100, "accountId", errors);
        String sponsor = required(in.sponsor(), 200, "sponsor", errors);
        String responsible = required(in.responsible(), 100, "responsible", errors);
        String filing = text(in.filing());
        if (filing == null || !FILINGS.contains(filing)) {
            errors.put("filing", "media.error.filing");
        }
        String url = text(in.url());
        if (url != null && (url.length() > 500 || !url.matches("(?i)^https?://\\S+$"))) {
            errors.put("url", "media.error.url");
        }
        LocalDate lastPost = null;
        if (text(in.lastPostOn()) != null) {
            try {
                lastPost = LocalDate.parse(in.lastPostOn().strip());
                if (lastPost.isAfter(today()) || lastPost.getYear() < 2000) {
                    errors.put("lastPostOn", "media.error.lastPostOn");
                }
            } catch (DateTimeParseException e) {
                errors.put("lastPostOn", "media.error.lastPostOn");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (of(user.organisationId()).stream().anyMatch(a -> a.platform() == NewMediaPlatform.valueOf(in.platform().strip()))) {
            throw new ConflictException("media.error.duplicate");
        }
        long id = jdbc.sql("""
                        insert into new_media_account (organisation_id, platform, name, account_id, sponsor, filing,
                            responsible, url, last_post_on, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(user.organisationId(), platform.name(), name, accountId, sponsor, filing, responsible, url,
                        lastPost, user.id()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("platform", platform.name());
        after.put("name", name);
        after.put("accountId", accountId);
        after.put("filing", filing);
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), "newmedia.registered",
                "new_media_account", String.valueOf(id), Map.of(), after));
        events.publishEvent(new SiteContentChanged(user.organisationId()));
        return id;
    }

    /** Records the date of the account's last post (today when blank). */
    @Transactional
    public void recordPost(StaffUser user, long id, String date) {
        NewMediaAccount a = jdbc.sql(SELECT + " where id = ?").param(id).query(NewMediaRegister::map).optional()
                .filter(x -> access.canRead(user, x.organisationId()))
                .orElseThrow(() -> new NotFoundException("new_media_account", id));
        access.requireRole(user, a.organisationId(), KEEPERS);
        LocalDate on;
        try {
            on = text(date) == null ? today() : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("lastPostOn", "media.error.lastPostOn");
        }
        if (on.isAfter(today()) || on.getYear() < 2000) {
            throw InvalidInputException.of("lastPostOn", "media.error.lastPostOn");
        }
        jdbc.sql("update new_media_account set last_post_on = ?, updated_at = now() where id = ?").params(on, id).update();
        events.publishEvent(new StaffAction(user.id(), user.username(), a.organisationId(), "newmedia.posted",
                "new_media_account", String.valueOf(id),
                a.lastPostOn() == null ? Map.of() : Map.of("lastPostOn", a.lastPostOn().toString()),
                Map.of("lastPostOn", on.toString())));
        events.publishEvent(new SiteContentChanged(a.organisationId()));
    }

    private static String required(String value, int max, String field, Map<String, String> errors) {
        String v = text(value);
        if (v == null) {
            errors.put(field, "media.error." + field);
        } else if (v.length() > max) {
            errors.put(field, "media.error.tooLong");
        }
        return v;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static NewMediaAccount map(ResultSet rs, int row) throws SQLException {
        return new NewMediaAccount(rs.getLong("id"), rs.getLong("organisation_id"),
                NewMediaPlatform.valueOf(rs.getString("platform")), rs.getString("name"), rs.getString("account_id"),
                rs.getString("sponsor"), rs.getString("filing"), rs.getString("responsible"), rs.getString("url"),
                rs.getObject("last_post_on", LocalDate.class));
    }
}
