package org.gongkai.integrity.web;

import org.gongkai.integrity.CleanedDocument;
import org.gongkai.integrity.MirrorCandidate;
import org.gongkai.integrity.MirrorMatch;
import org.gongkai.integrity.MirrorMatcher;
import org.gongkai.integrity.MirrorReport;
import org.gongkai.integrity.MirrorVerdict;
import org.gongkai.integrity.PageCleaner;
import org.gongkai.integrity.PageMarks;
import org.gongkai.transparency.EditionEvidence;
import org.gongkai.transparency.EditionEvidences;
import org.gongkai.integrity.mirror.MirrorText;
import org.gongkai.integrity.mirror.TextSimilarity;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * One mirror check: clean the page; when it is a saved page of ours that names its edition (leaf hash, verify
 * link or 索引号), take the original from the transparency log's leaf first and compare exactly with it; otherwise
 * let similarity pick the published document and compare exactly with that.
 */
@Component
class MirrorCheckRun {

    /** Everything the result page and the downloadable report show. */
    record Outcome(CleanedDocument copy, MirrorReport report, MirrorCandidate matched, EditionEvidence evidence) {
    }

    private final PageCleaner cleaner;
    private final MirrorMatcher matcher;
    private final EditionEvidences evidences;

    MirrorCheckRun(PageCleaner cleaner, MirrorMatcher matcher, EditionEvidences evidences) {
        this.cleaner = cleaner;
        this.matcher = matcher;
        this.evidences = evidences;
    }

    Outcome run(SubmittedPage page, PublishedIndex.Snapshot snapshot) {
        CleanedDocument copy = cleaner.clean(page.bytes(), page.fileName());
        EditionEvidence evidence = null;
        MirrorReport report = null;
        if (copy.ownPage()) {
            PageMarks marks = copy.marks();
            evidence = evidences.find(marks.leafHash(), marks.documentId(), marks.indexNumber()).orElse(null);
            MirrorCandidate named = evidence == null ? null : snapshot.candidates().get(String.valueOf(evidence.documentId()));
            if (named != null) {
                double similarity = TextSimilarity.of(MirrorText.normalise(named.text()),
                        MirrorText.normalise(copy.canonicalText()));
                MirrorMatch match = new MirrorMatch(named.id(), 1, 1, 1, 1, Math.round(similarity * 10000) / 10000.0,
                        MirrorVerdict.ALTERED_COPY);
                report = MirrorMatcher.compare(copy, match, List.of(), named.text());
            }
        }
        if (report == null) {
            report = matcher.check(copy, snapshot.index());
        }
        MirrorCandidate matched = Optional.ofNullable(report.best())
                .map(b -> snapshot.candidates().get(b.docId())).orElse(null);
        if (evidence != null && (matched == null || !matched.id().equals(String.valueOf(evidence.documentId())))) {
            evidence = null; // the log named a document the copy is not: say nothing about it
        }
        return new Outcome(copy, report, matched, evidence);
    }
}
