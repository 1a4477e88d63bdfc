package org.gongkai.opendata;

import org.gongkai.application.ReplyOutcome;
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
 * Answers a data request with one of an application's outcomes ({@link ReplyOutcome}, the rows of the annual
 * report's table 三): a disclosing answer names a published dataset of the organisation; any other answer gives its
 * reason in words. A dataset started from a request answers it when the dataset is published
 * ({@link #answerByPublication}), so the answered request becomes a published dataset in one step.
 * Publishers and disclosure officers of the organisation answer.
 */
@Service
public class AnswerDataRequest {

    static final int REPLY_MAX = 4000;
    static final Role[] HANDLERS = {Role.PUBLISHER, Role.DISCLOSURE_OFFICER};

    /** The reply form as typed. */
    public record Reply(String outcome, String dataset, String reply, String version) {
    }

    private final DataRequestStore store;
    private final OpenDataStore datasets;
    private final OrganisationAccess access;
    private final DataRequestClock clock;
    private final ApplicationEventPublisher events;

    AnswerDataRequest(DataRequestStore store, OpenDataStore datasets, OrganisationAccess access, DataRequestClock clock,
                      ApplicationEventPublisher events) {
        this.store = store;
        this.datasets = datasets;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public void answer(StaffUser user, long id, Reply typed) {
        DataRequest r = store.lock(id).orElseThrow(() -> new NotFoundException("data request", id));
        access.requireRole(user, r.organisationId(), HANDLERS);
        Map<String, String> errors = new LinkedHashMap<>();
        ReplyOutcome outcome = null;
        try {
            outcome = typed.outcome() == null || typed.outcome().isBlank() ? null : ReplyOutcome.valueOf(typed.outcome().strip());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (outcome == null || !outcome.chosenByStaff()) {
            errors.put("outcome", "odr.error.outcome");
        }
        String reply = typed.reply() == null || typed.reply().isBlank() ? null : typed.reply().strip();
        if (reply != null && reply.length() > REPLY_MAX) {
            errors.put("reply", "odr.error.tooLong");
        }
        Long datasetId = null;
        if (outcome != null && disclosing(outcome)) {
            datasetId = publishedDatasetOf(r.organisationId(), typed.dataset());
            if (datasetId == null) {
                errors.put("dataset", "odr.error.dataset");
            }
        } else if (outcome != null && reply == null) {
            errors.put("reply", "odr.error.reason");
        }
        Integer version = DatasetValidation.version(typed.version());
        if (version == null) {
            errors.put("version", "od.error.version");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!r.open()) {
            throw new ConflictException("odr.error.answered");
        }
        if (!store.answer(id, version, outcome, datasetId, reply, clock.now(), clock.today(), user.id())) {
            throw new ConflictException("od.error.stale");
        }
        audit(user, r, outcome, datasetId);
    }

    /** Answers every open request waiting for this dataset, now that it is published: the data is disclosed. */
    void answerByPublication(StaffUser user, long datasetId) {
        for (DataRequest r : store.openFor(datasetId)) {
            store.answer(r.id(), r.version(), ReplyOutcome.DISCLOSED, datasetId, null, clock.now(), clock.today(),
                    user.id());
            audit(user, r, ReplyOutcome.DISCLOSED, datasetId);
        }
    }

    /** Links an open request of the user's organisation to the dataset being prepared for it. */
    void link(StaffUser user, long requestId, long datasetId) {
        DataRequest r = store.lock(requestId).orElseThrow(() -> new NotFoundException("data request", requestId));
        access.requireEdit(user, r.organisationId());
        if (!r.open()) {
            throw new ConflictException("odr.error.answered");
        }
        store.linkDataset(requestId, datasetId);
    }

    static boolean disclosing(ReplyOutcome o) {
        return o == ReplyOutcome.DISCLOSED || o == ReplyOutcome.PARTLY_DISCLOSED;
    }

    static List<ReplyOutcome> choices() {
        return ReplyOutcome.staffChoices();
    }

    private Long publishedDatasetOf(long organisationId, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(typed.strip());
            return datasets.find(id)
                    .filter(d -> d.organisationId() == organisationId && d.status() == DatasetStatus.PUBLISHED)
                    .map(Dataset::id).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void audit(StaffUser user, DataRequest r, ReplyOutcome outcome, Long datasetId) {
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("status", DataRequestStatus.ANSWERED.name());
        now.put("outcome", outcome.name());
        now.put("dataset", datasetId);
        now.put("late", clock.today().isAfter(r.dueOn()));
        now.put("trackingNumber", r.trackingNumber());
        events.publishEvent(new StaffAction(user.id(), user.username(), r.organisationId(), "opendata.request.answer",
                "od_request", String.valueOf(r.id()), Map.of("status", r.status().name()), now));
    }
}
