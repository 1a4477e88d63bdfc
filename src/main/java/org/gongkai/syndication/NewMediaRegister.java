package org.gongkai.syndication;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
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
 * The 政务新媒体 register (art. 十四): an organisation's official accounts, one per platform, the log of what each
 * posted (date, title, link; entered one by one or imported as lines) and the date of its last post; an account with
 * nothing posted for the configured number of days (default {@link #DORMANT_DAYS}: the issue's "2 weeks";
 * {@code gongkai.syndication.new-media.dormant-days}) is dormant, and one whose interaction functions are switched off
 * or absent is flagged "no interaction". Registering and recording are staff actions of the organisation's publishers
 * and disclosure officers. Today comes from the injected clock.
 */
@Service
public class NewMediaRegister {

    static final int DORMANT_DAYS = 14;
    static final int IMPORT_MAX_LINES = 500;
    static final Set<String> FILINGS = Set.of("FILED", "PENDING", "NONE");
    static final Set<String> INTERACTIONS = Set.of("ENABLED", "DISABLED", "NONE");
    static final Role[] KEEPERS = {Role.PUBLISHER, Role.DISCLOSURE_OFFICER};
    private static final String SELECT = """
            select id, organisation_id, platform, name, account_id, sponsor, filing, responsible, url, last_post_on,
                   interaction
              from new_media_account""";

    private final JdbcClient jdbc;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int dormantDays;

    NewMediaRegister(JdbcClient jdbc, OrganisationAccess access, ApplicationEventPublisher events, Clock clock) {
        this(jdbc, access, events, clock, DORMANT_DAYS);
    }

    @org.springframework.beans.factory.annotation.Autowired
    NewMediaRegister(JdbcClient jdbc, OrganisationAccess access, ApplicationEventPublisher events, Clock clock,
                     @org.springframework.beans.factory.annotation.Value("${gongkai.syndication.new-media.dormant-days:14}")
                     int dormantDays) {
        if (dormantDays < 1 || dormantDays > 365) {
            throw new IllegalArgumentException("gongkai.syndication.new-media.dormant-days must be 1..365");
        }
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.dormantDays = dormantDays;
    }

    /** How many days without a post make an account dormant (configured). */
    public int dormantDays() {
        return dormantDays;
    }

    /** The interaction functions are switched off or absent. */
    public boolean noInteraction(NewMediaAccount a) {
        return "DISABLED".equals(a.interaction()) || "NONE".equals(a.interaction());
    }

    /** One account, when the user may read its organisation's back office; 404 otherwise. */
    public NewMediaAccount get(StaffUser user, long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(NewMediaRegister::map).optional()
                .filter(x -> access.canRead(user, x.organisationId()))
                .orElseThrow(() -> new NotFoundException("new_media_account", id));
    }

    /** The account's posting log, newest first. */
    public Page<NewMediaPost> posts(StaffUser user, long id, int page, int size) {
        get(user, id);
        long total = jdbc.sql("select count(*) from new_media_post where account_id = ?").param(id)
                .query(Long.class).single();
        List<NewMediaPost> items = jdbc.sql("""
                        select id, account_id, posted_on, title, url, entry, recorded_at from new_media_post
                         where account_id = ? order by posted_on desc, id desc limit ? offset ?""")
                .params(id, size, Page.offset(page, size))
                .query((rs, i) -> new NewMediaPost(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
        return new Page<>(items, page, size, total);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    public boolean dormant(NewMediaAccount a) {
        return a.dormant(today(), dormantDays);
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
        String interaction = text(in.interaction());
        if (interaction != null && !INTERACTIONS.contains(interaction)) {
            errors.put("interaction", "media.error.interaction");
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
                            responsible, url, last_post_on, interaction, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(user.organisationId(), platform.name(), name, accountId, sponsor, filing, responsible, url,
                        lastPost, interaction, user.id()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("platform", platform.name());
        after.put("name", name);
        after.put("accountId", accountId);
        after.put("filing", filing);
        after.put("interaction", interaction == null ? "" : interaction);
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), "newmedia.registered",
                "new_media_account", String.valueOf(id), Map.of(), after));
        events.publishEvent(new SiteContentChanged(user.organisationId()));
        return id;
    }

    /** Records one post of the account in its log (date today when blank; title required; link optional). */
    @Transactional
    public void recordPost(StaffUser user, long id, String date, String title, String link) {
        NewMediaAccount a = keep(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = postDate(date, errors);
        String t = required(title, 300, "title", errors);
        String url = link(link, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean added = insert(user, a, on, t, url, "ENTERED");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("postedOn", on.toString());
        after.put("title", t);
        after.put("added", added);
        events.publishEvent(new StaffAction(user.id(), user.username(), a.organisationId(), "newmedia.posted",
                "new_media_account", String.valueOf(id),
                a.lastPostOn() == null ? Map.of() : Map.of("lastPostOn", a.lastPostOn().toString()), after));
        events.publishEvent(new SiteContentChanged(a.organisationId()));
    }

    /**
     * Imports posts as lines {@code date, title[, link]} (comma or tab separated; the title may hold commas): all
     * lines are checked first and nothing is recorded when one is wrong (the message names the first bad line).
     * A post already in the log (same date and title) is skipped. Answers {added, skipped}.
     */
    @Transactional
    public int[] importPosts(StaffUser user, long id, String lines) {
        NewMediaAccount a = keep(user, id);
        record Line(LocalDate on, String title, String url) {
        }
        List<Line> parsed = new java.util.ArrayList<>();
        String[] all = lines == null ? new String[0] : lines.split("\\R");
        int number = 0;
        for (String raw : all) {
            number++;
            if (raw.isBlank()) {
                continue;
            }
            if (parsed.size() >= IMPORT_MAX_LINES) {
                throw InvalidInputException.of("lines", "media.error.importTooMany");
            }
            String[] f = raw.strip().split("\\s*[,\t，]\\s*");
            Map<String, String> e = new LinkedHashMap<>();
            LocalDate on = f.length >= 2 ? postDate(f[0], e) : null;
            String url = null;
            int titleEnd = f.length;
            if (f.length >= 3 && f[f.length - 1].matches("(?i)^https?://.*")) {
                url = link(f[f.length - 1], e);
                titleEnd--;
            }
            String title = f.length >= 2 ? text(String.join("，", java.util.Arrays.copyOfRange(f, 1, titleEnd))) : null;
            if (on == null || title == null || title.length() > 300 || !e.isEmpty()) {
                throw new BadLine(number);
            }
            parsed.add(new Line(on, title, url));
        }
        if (parsed.isEmpty()) {
            throw InvalidInputException.of("lines", "media.error.importEmpty");
        }
        int added = 0;
        for (Line l : parsed) {
            added += insert(user, a, l.on(), l.title(), l.url(), "IMPORTED") ? 1 : 0;
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), a.organisationId(), "newmedia.imported",
                "new_media_account", String.valueOf(id), Map.of(),
                Map.of("lines", parsed.size(), "added", added)));
        events.publishEvent(new SiteContentChanged(a.organisationId()));
        return new int[] {added, parsed.size() - added};
    }

    /** An imported line that cannot be read: nothing was recorded. */
    public static final class BadLine extends InvalidInputException {
        private final int line;

        BadLine(int line) {
            super(Map.of("lines", "media.error.importLine"));
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Records whether the account offers interaction (ENABLED, DISABLED or NONE). */
    @Transactional
    public void setInteraction(StaffUser user, long id, String value) {
        NewMediaAccount a = keep(user, id);
        String v = text(value);
        if (v == null || !INTERACTIONS.contains(v)) {
            throw InvalidInputException.of("interaction", "media.error.interaction");
        }
        jdbc.sql("update new_media_account set interaction = ?, updated_at = now() where id = ?").params(v, id).update();
        events.publishEvent(new StaffAction(user.id(), user.username(), a.organisationId(), "newmedia.interaction",
                "new_media_account", String.valueOf(id),
                Map.of("interaction", a.interaction() == null ? "" : a.interaction()), Map.of("interaction", v)));
        events.publishEvent(new SiteContentChanged(a.organisationId()));
    }

    private NewMediaAccount keep(StaffUser user, long id) {
        NewMediaAccount a = get(user, id);
        access.requireRole(user, a.organisationId(), KEEPERS);
        return a;
    }

    /** Adds the post unless logged already, and moves the account's last post date on; true when added. */
    private boolean insert(StaffUser user, NewMediaAccount a, LocalDate on, String title, String url, String entry) {
        boolean added = jdbc.sql("""
                        insert into new_media_post (account_id, posted_on, title, url, entry, recorded_by)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(a.id(), on, title, url, entry, user.id()).update() == 1;
        jdbc.sql("""
                        update new_media_account set last_post_on = greatest(coalesce(last_post_on, ?), ?),
                            updated_at = now() where id = ?""").params(on, on, a.id()).update();
        return added;
    }

    private LocalDate postDate(String date, Map<String, String> errors) {
        try {
            LocalDate on = text(date) == null ? today() : LocalDate.parse(date.strip());
            if (on.isAfter(today()) || on.getYear() < 2000) {
                errors.put("lastPostOn", "media.error.lastPostOn");
            }
            return on;
        } catch (DateTimeParseException e) {
            errors.put("lastPostOn", "media.error.lastPostOn");
            return null;
        }
    }

    private static String link(String value, Map<String, String> errors) {
        String url = text(value);
        if (url != null && (url.length() > 500 || !url.matches("(?i)^https?://\\S+$"))) {
            errors.put("url", "media.error.url");
        }
        return url;
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
                rs.getObject("last_post_on", LocalDate.class), rs.getString("interaction"));
    }
}
