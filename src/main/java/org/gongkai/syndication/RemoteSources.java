package org.gongkai.syndication;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sources on other Gongkai instances. Staff of the subscribing organisation propose one; a system administrator
 * (the operator, who answers for what the servers connect to) approves or rejects it with a note. Nothing is
 * fetched before approval, and never because of a visitor's request: only {@link RemotePoller}, on a schedule.
 */
@Service
public class RemoteSources {

    private static final Pattern BASE_URL = Pattern.compile("https?://[a-z0-9.\\-]+(:[0-9]{1,5})?");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9\\-]{0,63}");
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{64}");
    static final int LABEL_MAX = 200;

    private final RemoteStore store;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;

    RemoteSources(RemoteStore store, OrganisationAccess access, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.events = events;
    }

    /** Proposes a source for the user's organisation; answers its id. Field messages for every bad field. */
    @Transactional
    public long propose(StaffUser user, String baseUrl, String slug, String keyId, String label) {
        access.requireRole(user, user.organisationId(), Role.EDITOR, Role.PUBLISHER, Role.DISCLOSURE_OFFICER);
        Map<String, String> errors = new LinkedHashMap<>();
        String url = baseUrl == null ? "" : baseUrl.strip().toLowerCase(Locale.ROOT);
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (!BASE_URL.matcher(url).matches() || url.length() > 200) {
            errors.put("baseUrl", "remote.error.baseUrl");
        }
        String s = slug == null ? "" : slug.strip();
        if (!SLUG.matcher(s).matches()) {
            errors.put("slug", "remote.error.slug");
        }
        String k = keyId == null ? "" : keyId.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
        if (!KEY_ID.matcher(k).matches()) {
            errors.put("keyId", "remote.error.keyId");
        }
        String l = label == null ? "" : label.strip();
        if (l.isEmpty() || l.length() > LABEL_MAX) {
            errors.put("label", "remote.error.label");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = store.propose(user.organisationId(), url, s, k, l, user.id())
                .orElseThrow(() -> new ConflictException("remote.error.duplicate"));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("baseUrl", url);
        after.put("slug", s);
        after.put("keyId", k);
        after.put("label", l);
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(),
                "syndication.remote.proposed", "remote_source", String.valueOf(id), Map.of(), after));
        return id;
    }

    /**
     * Proposes an outside site's RSS/Atom feed or page for the user's organisation; answers its id. The address is
     * checked for form only here (http(s), a host name, no user info, no fragment); whether it leads to a public
     * address is checked at every fetch.
     */
    @Transactional
    public long proposeOutside(StaffUser user, String kind, String sourceUrl, String label) {
        access.requireRole(user, user.organisationId(), Role.EDITOR, Role.PUBLISHER, Role.DISCLOSURE_OFFICER);
        Map<String, String> errors = new LinkedHashMap<>();
        RemoteSource.Kind k = "PAGE".equals(kind) ? RemoteSource.Kind.PAGE
                : "FEED".equals(kind) ? RemoteSource.Kind.FEED : null;
        if (k == null) {
            errors.put("kind", "outside.error.kind");
        }
        String url = sourceUrl == null ? "" : sourceUrl.strip();
        String origin = origin(url);
        if (origin == null) {
            errors.put("sourceUrl", "outside.error.url");
        }
        String l = label == null ? "" : label.strip();
        if (l.isEmpty() || l.length() > LABEL_MAX) {
            errors.put("outsideLabel", "remote.error.label");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = store.proposeOutside(user.organisationId(), k, origin, url, l, user.id())
                .orElseThrow(() -> new ConflictException("remote.error.duplicate"));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", k.name());
        after.put("url", url);
        after.put("label", l);
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(),
                "syndication.remote.proposed", "remote_source", String.valueOf(id), Map.of(), after));
        return id;
    }

    /** scheme://host[:port] of an acceptable outside address, lower-cased; null when it is not one. */
    static String origin(String url) {
        if (url.length() > 500 || !url.matches("(?i)https?://[^\\s<>\"#]+")) {
            return null;
        }
        try {
            java.net.URI u = new java.net.URI(url);
            String host = u.getHost();
            if (host == null || u.getRawUserInfo() != null || !host.matches("(?i)[a-z0-9.\\-]+")) {
                return null;
            }
            String o = u.getScheme().toLowerCase(Locale.ROOT) + "://" + host.toLowerCase(Locale.ROOT)
                    + (u.getPort() == -1 ? "" : ":" + u.getPort());
            return BASE_URL.matcher(o).matches() ? o : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** The operator's decision; a rejection needs a note. Taken once. */
    @Transactional
    public void decide(StaffUser user, long sourceId, boolean approve, String note) {
        requireOperator(user);
        RemoteSource source = store.source(sourceId).orElseThrow(() -> new NotFoundException("remote_source", sourceId));
        String n = note == null ? "" : note.strip();
        if (!approve && n.isEmpty()) {
            throw InvalidInputException.of("note", "remote.error.note");
        }
        if (n.length() > Repost.REASON_MAX) {
            throw InvalidInputException.of("note", "repost.error.reasonTooLong");
        }
        if (!store.decide(sourceId, approve, n.isEmpty() ? null : n, user.id())) {
            throw new ConflictException("remote.error.decided");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", approve ? "APPROVED" : "REJECTED");
        after.put("address", source.address());
        if (!n.isEmpty()) {
            after.put("note", n);
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), source.organisationId(),
                approve ? "syndication.remote.approved" : "syndication.remote.rejected", "remote_source",
                String.valueOf(sourceId), Map.of("status", source.status().name()), after));
    }

    public List<RemoteSource> awaitingApproval(StaffUser user) {
        requireOperator(user);
        return store.byStatus(RemoteSource.Status.PROPOSED);
    }

    static void requireOperator(StaffUser user) {
        if (!user.has(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("access.role");
        }
    }
}
