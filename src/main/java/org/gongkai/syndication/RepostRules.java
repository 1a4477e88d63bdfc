package org.gongkai.syndication;

import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.DocumentKind;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subscriber's automatic re-posting. An editor sets up a rule (a source it subscribes to — an organisation
 * above, optionally one kind of document, or an approved source on another site — and a column); the rule acts in
 * that editor's name, and every re-post it makes is submitted for review like a manual one. A publisher sets the
 * policy on a published re-post whose original is withdrawn, removed or repealed: flag it (the banner), or
 * withdraw it too.
 */
@Service
public class RepostRules {

    private final RuleStore store;
    private final Subscriptions subscriptions;
    private final RemoteStore remote;
    private final CatalogTree catalog;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;

    RepostRules(RuleStore store, Subscriptions subscriptions, RemoteStore remote, CatalogTree catalog,
                OrganisationAccess access, ApplicationEventPublisher events) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.remote = remote;
        this.catalog = catalog;
        this.access = access;
        this.events = events;
    }

    public List<RepostRule> of(StaffUser user) {
        access.requireRead(user, user.organisationId());
        return store.of(user.organisationId());
    }

    /**
     * Adds a rule for the user's organisation. {@code source}: {@code org:ID} (an organisation it subscribes to) or
     * {@code remote:ID} (its approved source on another site); {@code kind}: blank for every kind, else a
     * {@link DocumentKind} (same-platform sources only).
     */
    @Transactional
    public long add(StaffUser user, String source, String kind, String column) {
        long org = user.organisationId();
        access.requireRole(user, org, Role.EDITOR);
        Map<String, String> errors = new LinkedHashMap<>();
        Long sourceOrg = null;
        Long remoteSource = null;
        String s = source == null ? "" : source.strip();
        if (s.startsWith("org:") && id(s.substring(4)) != null
                && subscriptions.sourcesOf(org).contains(id(s.substring(4)))) {
            sourceOrg = id(s.substring(4));
        } else if (s.startsWith("remote:") && id(s.substring(7)) != null && remote.source(id(s.substring(7)))
                .filter(r -> r.organisationId() == org && r.status() == RemoteSource.Status.APPROVED).isPresent()) {
            remoteSource = id(s.substring(7));
        } else {
            errors.put("source", "rule.error.source");
        }
        DocumentKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = DocumentKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                errors.put("kind", "rule.error.kind");
            }
            if (remoteSource != null) {
                errors.put("kind", "rule.error.kindRemote");
            }
        }
        Long node = id(column);
        if (node == null || catalog.find(node).filter(n -> n.organisationId() == org).isEmpty()) {
            errors.put("column", "repost.error.column");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = store.add(org, sourceOrg, remoteSource, k, node, user.id(), user.username())
                .orElseThrow(() -> new ConflictException("rule.error.duplicate"));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("source", s);
        after.put("kind", k == null ? "ANY" : k.name());
        after.put("column", node);
        events.publishEvent(new StaffAction(user.id(), user.username(), org, "syndication.rule.added",
                "repost_rule", String.valueOf(id), Map.of(), after));
        return id;
    }

    @Transactional
    public void delete(StaffUser user, long ruleId) {
        RepostRule rule = store.find(ruleId).filter(r -> access.canRead(user, r.organisationId()))
                .orElseThrow(() -> new NotFoundException("repost_rule", ruleId));
        access.requireRole(user, rule.organisationId(), Role.EDITOR, Role.PUBLISHER);
        if (!store.delete(ruleId)) {
            throw new NotFoundException("repost_rule", ruleId);
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), rule.organisationId(),
                "syndication.rule.deleted", "repost_rule", String.valueOf(ruleId),
                Map.of("column", rule.columnId(), "actingUser", rule.actingUsername()), Map.of()));
    }

    public RuleStore.OnSourceGone policy(StaffUser user) {
        access.requireRead(user, user.organisationId());
        return store.policy(user.organisationId()).map(RuleStore.Policy::onSourceGone)
                .orElse(RuleStore.OnSourceGone.FLAG);
    }

    public RuleStore.OnSourceAmended amendedPolicy(StaffUser user) {
        access.requireRead(user, user.organisationId());
        return store.policy(user.organisationId()).map(RuleStore.Policy::onSourceAmended)
                .orElse(RuleStore.OnSourceAmended.FLAG);
    }

    /** The policy on a source gone (amendment: flag only). */
    public void setPolicy(StaffUser user, String value) {
        setPolicy(user, value, RuleStore.OnSourceAmended.FLAG.name());
    }

    /**
     * The policy on a source gone and on a source amended; the publisher who sets it is the one who withdraws, and
     * — for UPDATE — the one who starts the re-post's new edition, so UPDATE needs a publisher who is also an editor.
     */
    @Transactional
    public void setPolicy(StaffUser user, String value, String onAmended) {
        long org = user.organisationId();
        access.requireRole(user, org, Role.PUBLISHER);
        Map<String, String> errors = new LinkedHashMap<>();
        RuleStore.OnSourceGone v = null;
        try {
            v = RuleStore.OnSourceGone.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            errors.put("onSourceGone", "rule.error.policy");
        }
        RuleStore.OnSourceAmended a = null;
        try {
            a = RuleStore.OnSourceAmended.valueOf(onAmended == null || onAmended.isBlank() ? "FLAG" : onAmended.strip());
            if (a == RuleStore.OnSourceAmended.UPDATE && !user.has(Role.EDITOR)) {
                errors.put("onSourceAmended", "rule.error.updateNeedsEditor");
            }
        } catch (IllegalArgumentException e) {
            errors.put("onSourceAmended", "rule.error.policy");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RuleStore.OnSourceGone before = policy(user);
        RuleStore.OnSourceAmended beforeAmended = amendedPolicy(user);
        store.setPolicy(org, v, a, user.id(), user.username());
        events.publishEvent(new StaffAction(user.id(), user.username(), org, "syndication.policy.set",
                "repost_policy", String.valueOf(org),
                Map.of("onSourceGone", before.name(), "onSourceAmended", beforeAmended.name()),
                Map.of("onSourceGone", v.name(), "onSourceAmended", a.name())));
    }

    private static Long id(String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
