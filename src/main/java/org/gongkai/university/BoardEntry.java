package org.gongkai.university;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a university recorded for one item of the list (a row of {@code uni_board_item} with its documents). */
record BoardEntry(long id, long organisationId, int itemNo, Long catalogNodeId, String office, boolean notApplicable,
                  String notApplicableReason, LocalDate changedOn, LocalDate dueOn, long updatedBy, Instant updatedAt,
                  int version, List<Long> documentIds) {
}
