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
        after.put("baseUrl", source.baseUrl());
        after.put("slug", source.sourceSlug());
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
