package org.gongkai.consultation;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The draft-to-final diff of a consultation, generated from the passages of its last draft version and of its final
 * text, with the recorded changes (and so the comments) that explain each changed row. A row nobody explained yet
 * is untraced; the adoption report waits for every row to be explained.
 */
@Component
class FinalDiff {

    /** One row of the diff with the changes that explain it. */
    record TracedRow(PassageDiff.Row row, List<Change> changes) {
        public boolean untraced() {
            return row.changed() && changes.isEmpty();
        }
    }

    record Result(Version draft, Version fin, List<TracedRow> rows) {
        public long untraced() {
            return rows.stream().filter(TracedRow::untraced).count();
        }

        public long changed() {
            return rows.stream().filter(r -> r.row().changed()).count();
        }
    }

    private final ConsultationStore store;
    private final VersionStore versions;

    FinalDiff(ConsultationStore store, VersionStore versions) {
        this.store = store;
        this.versions = versions;
    }

    Optional<Result> of(long consultationId) {
        return versions.finalText(consultationId).map(fin -> {
            Version draft = versions.current(consultationId);
            List<Change> changes = store.changes(consultationId);
            List<TracedRow> rows = PassageDiff.compare(versions.passages(draft.id()), versions.passages(fin.id()))
                    .stream().map(r -> new TracedRow(r, r.changed()
                            ? changes.stream().filter(ch -> ch.explains(r.from(), r.to())).toList() : List.of()))
                    .toList();
            return new Result(draft, fin, rows);
        });
    }
}
