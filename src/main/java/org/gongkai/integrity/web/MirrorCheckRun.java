package org.gongkai.integrity.web;

import org.gongkai.integrity.CleanedDocument;
import org.gongkai.integrity.MirrorCandidate;
import org.gongkai.integrity.MirrorMatch;
import org.gongkai.integrity.MirrorMatcher;
import org.gongkai.integrity.MirrorReport;
import org.gongkai.integrity.MirrorVerdict;
import org.gongkai.integrity.PageCleaner;
import org.gongkai.integrity.PageMarks;
import org.gongkai.integrity.RepostCheck;
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
 * let similarity pick the published document and compare exactly with that. A page that is another Gongkai site's
 * verified re-post names our edition in its attribution (leaf hash and content hash): when our log holds that leaf,
 * its proof verifies and the content hash is the leaf's, the re-post is compared exactly with that edition and said
 * to be a faithful re-post (or a tampered one); when the evidence does not hold, the claim is reported as
 * unverifiable and the page is checked like any copy.
 */
@Component
class MirrorCheckRun {

    /** Everything the result page and the downloadable report show. */
    record Outcome(CleanedDocument copy, MirrorReport report, MirrorCandidate matched, EditionEvidence evidence,
                   RepostCheck repost) {
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
        RepostCheck repost = null;
        if (copy.ownPage() && copy.marks().repost()) {
            // another site's re-post: its own badge and 索引号 are the re-poster's; the attribution names our edition
            PageMarks marks = copy.marks();
            EditionEvidence named = evidences.find(marks.repostLeafHash(), null, null)
                    .filter(e -> "LEAF_HASH".equals(e.matchedBy())).orElse(null);
            boolean proven = named != null && named.proofVerified() && marks.repostContentHash() != null
                    && evidences.contentHashOf(marks.repostLeafHash()).map(marks.repostContentHash()::equals)
                    .orElse(false);
            MirrorCandidate original = proven ? snapshot.candidates().get(String.valueOf(named.documentId())) : null;
            if (!proven) {
                repost = new RepostCheck(RepostCheck.Status.UNVERIFIABLE, null, marks.repostLeafHash());
            } else if (original == null || !named.current()) {
                repost = new RepostCheck(RepostCheck.Status.SUPERSEDED, named, marks.repostLeafHash());
                evidence = named;
            } else {
                report = exact(copy, original);
                repost = new RepostCheck(report.verdict() == MirrorVerdict.IDENTICAL ? RepostCheck.Status.FAITHFUL
                        : RepostCheck.Status.TAMPERED, named, marks.repostLeafHash());
                evidence = named;
            }
        } else if (copy.ownPage()) {
            PageMarks marks = copy.marks();
            evidence = evidences.find(marks.leafHash(), marks.documentId(), marks.indexNumber()).orElse(null);
            MirrorCandidate named = evidence == null ? null : snapshot.candidates().get(String.valueOf(evidence.documentId()));
            if (named != null) {
                report = exact(copy, named);
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
        return new Outcome(copy, report, matched, evidence, repost);
    }

    /** Compares the copy exactly with the document its marks name. */
    private static MirrorReport exact(CleanedDocument copy, MirrorCandidate named) {
        double similarity = TextSimilarity.of(MirrorText.normalise(named.text()),
                MirrorText.normalise(copy.canonicalText()));
        MirrorMatch match = new MirrorMatch(named.id(), 1, 1, 1, 1, Math.round(similarity * 10000) / 10000.0,
                MirrorVerdict.ALTERED_COPY);
        return MirrorMatcher.compare(copy, match, List.of(), named.text());
    }
}
