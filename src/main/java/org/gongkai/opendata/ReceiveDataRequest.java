package org.gongkai.opendata;

import org.gongkai.calendar.Deadline;
import org.gongkai.platform.Zones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Takes a data request from the public: gives it a tracking number and a query code (shown once, kept only as a keyed
 * hash) and starts its clock, the disclosure clock of an application (due the 20th working day after receipt).
 */
@Service
public class ReceiveDataRequest {

    /** What the visitor keeps: the tracking number, the query code and when the reply is due. */
    public record Receipt(long id, String trackingNumber, String queryCode, LocalDate dueOn, boolean provisional) {
    }

    private final DataRequestStore store;
    private final DataRequestCodes codes;
    private final DataRequestClock clock;

    ReceiveDataRequest(DataRequestStore store, DataRequestCodes codes, DataRequestClock clock) {
        this.store = store;
        this.codes = codes;
        this.clock = clock;
    }

    @Transactional
    public Receipt receive(long organisationId, DataRequestDraft draft) {
        return receive(organisationId, draft, clock.now());
    }

    /** Takes a request as received at a given moment: for demo content dated relative to today and tests of the clock. */
    @Transactional
    public Receipt receive(long organisationId, DataRequestDraft draft, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Zones.CHINA);
        Deadline due = clock.due(today);
        String code = DataRequestCodes.queryCode();
        String tracking = codes.trackingNumber(today);
        long id = store.insert(new DataRequestStore.NewRow(organisationId, tracking,
                codes.hash(DataRequestCodes.normaliseCode(code)), draft, now, today, due.workingDays(), due.due()));
        return new Receipt(id, tracking, code, due.due(), due.provisional());
    }
}
