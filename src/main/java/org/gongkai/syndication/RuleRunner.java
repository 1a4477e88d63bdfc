package org.gongkai.syndication;

import org.gongkai.document.DocumentKind;
import org.gongkai.document.WithdrawOrRemove;
import org.gongkai.identity.StaffLookup;
import org.gongkai.identity.StaffUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies the subscriber's rules once an item is queued (after the queueing transaction commits, each in its own
 * transaction, so a rule that cannot act never loses the item): the first rule whose acting staff member is still
 * enabled in the organisation re-posts the item through {@link Repost} — submitted for review, never published
 * directly. And once a published re-post's source is withdrawn, removed or repealed, withdraws the re-post when the
 * organisation's policy says so (the publisher who set the policy acts; the public reason says why).
 */
@Component
class RuleRunner {

    private static final Logger log = LoggerFactory.getLogger(RuleRunner.class);

    private final RuleStore rules;
    private final AmendedReposts amended;
    private final Repost repost;
    private final StaffLookup staff;
    private final WithdrawOrRemove withdraw;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    RuleRunner(RuleStore rules, AmendedReposts amended, Repost repost, StaffLookup staff, WithdrawOrRemove withdraw, MessageSource messages,
               PlatformTransactionManager transactions) {
        this.rules = rules;
        this.amended = amended;
        this.repost = repost;
        this.staff = staff;
        this.withdraw = withdraw;
        this.messages = messages;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A same-platform item was queued. */
    void queuedLocal(long organisationId, long sourceOrganisationId, DocumentKind kind, long itemId) {
        afterCommit(() -> apply(QueueKind.LOCAL, itemId, rules.forLocal(organisationId, sourceOrganisationId, kind),
                organisationId));
    }

    /** An item of another site was queued. */
    void queuedRemote(long organisationId, long remoteSourceId, long itemId) {
        afterCommit(() -> apply(QueueKind.REMOTE, itemId, rules.forRemote(organisationId, remoteSourceId),
                organisationId));
    }

    /** The source of a re-posted item was withdrawn, removed or repealed. */
    void sourceGone(long organisationId, Long repostDocumentId, SourceChange change) {
        if (repostDocumentId == null || change == SourceChange.AMENDED) {
            return;
        }
        afterCommit(() -> rules.policy(organisationId).filter(p -> p.onSourceGone() == RuleStore.OnSourceGone.WITHDRAW)
                .ifPresent(p -> actor(p.actingUsername(), p.actingUserId(), organisationId).ifPresent(u -> {
                    String reason = messages.getMessage("repost.rule.withdrawReason." + change.name(), null,
                            Locale.SIMPLIFIED_CHINESE);
                    try {
                        tx.executeWithoutResult(s -> withdraw.withdraw(u, repostDocumentId, reason));
                    } catch (RuntimeException e) {
                        // not published (yet), already withdrawn, or the publisher lost the role: stays flagged
                        log.info("re-post {} not withdrawn by policy: {}", repostDocumentId, e.toString());
                    }
                })));
    }

    /** The original of a published same-platform re-post was amended: update it when the policy says so. */
    void sourceAmendedLocal(long organisationId, long itemId) {
        whenUpdating(organisationId, u -> amended.updateLocal(u, itemId), itemId);
    }

    /** The original of a published re-post of another instance was amended (the poll verified the new edition). */
    void sourceAmendedRemote(long organisationId, long itemId,
                             org.gongkai.transparency.RemoteEditionCheck.Verified edition) {
        whenUpdating(organisationId, u -> amended.updateRemote(u, itemId, edition), itemId);
    }

    private void whenUpdating(long organisationId, java.util.function.Predicate<StaffUser> update, long itemId) {
        afterCommit(() -> rules.policy(organisationId)
                .filter(p -> p.onSourceAmended() == RuleStore.OnSourceAmended.UPDATE)
                .ifPresent(p -> actor(p.actingUsername(), p.actingUserId(), organisationId).ifPresent(u -> {
                    try {
                        tx.executeWithoutResult(s -> update.test(u));
                    } catch (RuntimeException e) {
                        // an edition already in progress, the re-post withdrawn, or the setter lost the role:
                        // the re-post stays flagged with its banner for staff to act on
                        log.info("re-post item {} not updated by policy: {}", itemId, e.toString());
                    }
                })));
    }

    private void apply(QueueKind kind, long itemId, List<RepostRule> matching, long organisationId) {
        for (RepostRule r : matching) {
            Optional<StaffUser> actor = actor(r.actingUsername(), r.actingUserId(), organisationId);
            if (actor.isEmpty()) {
                log.warn("rule {} not applied: {} is no longer an enabled member of the organisation", r.id(),
                        r.actingUsername());
                continue;
            }
            try {
                tx.execute(s -> repost.repost(actor.get(), kind, itemId, String.valueOf(r.columnId()), r.id()));
                return;
            } catch (RuntimeException e) {
                log.info("rule {} did not re-post {} item {}: {}", r.id(), kind, itemId, e.toString());
            }
        }
    }

    /** The staff member a rule acts for, while still enabled in the organisation. */
    private Optional<StaffUser> actor(String username, long userId, long organisationId) {
        return staff.byUsername(username).filter(u -> u.id() == userId && u.organisationId() == organisationId);
    }

    /** Runs the action once the current transaction (if any) has committed; its failure is logged, not thrown. */
    private static void afterCommit(Runnable action) {
        Runnable safe = () -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.warn("a re-posting rule could not be applied", e);
            }
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            safe.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                safe.run();
            }
        });
    }
}
