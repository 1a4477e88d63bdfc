package org.gongkai.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * Something to fix, and by when.
 *
 * @param urgency     smaller comes first: 0 fails a veto on its own, 1 a stale column, 2 an empty column, 3 a
 *                    document dated after today, 4 a deadline coming soon
 * @param subject     what it is about: a column's path, a document's title, a question's subject, an overdue
 *                    publication's title ({@link OverduePublications}); null for the home page
 * @param problemKey  the message saying what is wrong, with {@code args}
 * @param deadline    when it must be (or had to be) done; null when there is no date to keep
 * @param overdue     whether the deadline has passed
 * @param catalogNodeId the column to fix, if it is about one
 * @param documentId  the document to fix, if it is about one
 * @param path        the back-office page where it is fixed, when it is neither a column nor a document
 */
record FixItem(Kind kind, int urgency, String subject, String problemKey, List<Object> args, LocalDate lastUpdate,
               LocalDate deadline, boolean overdue, Long catalogNodeId, Long documentId, String path) {

    enum Kind { HOME_PAGE, COLUMN, EMPTY_COLUMN, DATED_AFTER_TODAY, QUESTION, PUBLICATION }
}
