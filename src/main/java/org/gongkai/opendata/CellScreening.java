package org.gongkai.opendata;

import org.gongkai.review.Finding;
import org.gongkai.review.FindingKind;
import org.gongkai.review.Screener;

import java.util.ArrayList;
import java.util.List;

/**
 * Screens an upload for what must never be published as open data, with the review module's screening: personal
 * numbers (resident ids, mobiles, bank cards, passports and permits), lists of people, and secret markings. Landlines
 * and e-mail addresses are not refused: a school directory legitimately lists its offices' numbers. The attachment
 * screening of the document module is not reachable through its public face (it screens a document's draft
 * revision), so this reuses {@link Screener} cell by cell.
 */
final class CellScreening {

    private CellScreening() {
    }

    static boolean refused(FindingKind kind) {
        return kind.isPersonalNumber() || kind == FindingKind.PERSON_LIST || kind == FindingKind.SECRET_MARKING;
    }

    /** Each cell whose value holds something refused, named by line and column, with the masked value. */
    static List<Problem> screen(Table table) {
        List<Problem> out = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            for (int i = 0; i < row.cells().size() && out.size() < TableChecks.LISTED; i++) {
                for (Finding f : Screener.screen(row.cells().get(i))) {
                    if (refused(f.kind())) {
                        out.add(Problem.of("od.check.personal." + f.kind().name(), row.line(),
                                table.headers().get(i), f.maskedPreview()));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The same for a text without cells (a JSON file, the text of a PDF). */
    static List<Problem> screen(String text) {
        return Screener.screen(text).stream().filter(f -> refused(f.kind())).limit(TableChecks.LISTED)
                .map(f -> Problem.of("od.check.personalText." + f.kind().name(), f.maskedPreview())).toList();
    }
}
