package org.gongkai.report;

import java.time.Instant;

/** What staff keep of one annual report: the written sections, the entered counts, where it is filed and its document. */
record AnnualReport(long id, long organisationId, int year, Narratives narratives, EnteredFigures entered,
                    Long catalogNodeId, Long documentId, int lockVersion, Instant updatedAt) {
}
