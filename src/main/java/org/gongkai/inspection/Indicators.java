package org.gongkai.inspection;

import org.gongkai.catalog.ColumnKind;

import java.time.Period;
import java.util.Optional;

/** The periods and limits of 国办秘函〔2019〕19号 that the self-inspection applies. */
final class Indicators {

    /** Veto 3: the home page not updated for 2 weeks. */
    static final Period HOME_PAGE = Period.ofWeeks(2);
    /** Veto 4: 5 or more stale columns, or 10 or more long-stale columns, or 5 or more empty columns. */
    static final int STALE_COLUMNS = 5;
    static final int LONG_STALE_COLUMNS = 10;
    static final int EMPTY_COLUMNS = 5;
    /** Veto 5: a valid question unanswered for more than 3 months. */
    static final Period QUESTIONS = Period.ofMonths(3);

    private Indicators() {
    }

    /** How long a column of the kind may go without an update; empty for kinds the indicator holds to no period. */
    static Optional<Period> period(ColumnKind kind) {
        return switch (kind) {
            case NEWS -> Optional.of(Period.ofWeeks(2));
            case NOTICE, POLICY -> Optional.of(Period.ofMonths(6));
            case OTHER -> Optional.empty();
        };
    }
}
