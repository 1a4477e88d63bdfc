package org.gongkai.opendata;

import org.gongkai.application.ReplyOutcome;

import java.time.Instant;
import java.time.LocalDate;

/** A data request (数据开放申请) and, once answered, its outcome, the dataset that carries the data and the reply. */
record DataRequest(long id, long organisationId, String trackingNumber, String queryCodeHash, String title,
                   String description, String purpose, String requesterName, String contactEmail, String contactPhone,
                   Instant receivedAt, LocalDate receivedOn, int workingDays, LocalDate dueOn,
                   DataRequestStatus status, Long datasetId, ReplyOutcome outcome, String reply, Instant answeredAt,
                   LocalDate answeredOn, int version) {

    public boolean open() {
        return status == DataRequestStatus.OPEN;
    }
}
