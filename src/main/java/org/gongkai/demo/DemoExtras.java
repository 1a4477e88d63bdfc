package org.gongkai.demo;

import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.integrity.DraftFromImport;
import org.gongkai.identity.StaffUser;
import org.gongkai.integrity.PageCleaner;
import org.gongkai.review.FindingKind;
import org.gongkai.review.ResolveFindings;
import org.gongkai.review.StoredFinding;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Demo content that other modules contribute: each organisation's catalog and the imported founding policy. */
@Component
class DemoExtras {

    private final DemoCatalog catalogs;
    private final CatalogTree tree;
    private final DraftFromImport drafts;
    private final SubmitForReview submit;
    private final ReviewEdition review;
    private final PublishEdition publish;
    private final ResolveFindings findings;

    DemoExtras(DemoCatalog catalogs, CatalogTree tree, DraftFromImport drafts, SubmitForReview submit,
               ReviewEdition review, PublishEdition publish, ResolveFindings findings) {
        this.catalogs = catalogs;
        this.tree = tree;
        this.drafts = drafts;
        this.submit = submit;
        this.review = review;
        this.publish = publish;
        this.findings = findings;
    }

    /**
     * The demo reviewer decides the screening findings as a reviewer would: the demo documents carry only the
     * published office telephone numbers of public bodies, which are accepted with that reason; anything else is
     * redacted where it can be.
     */
    void resolveFindings(StaffUser reviewer, long documentId) {
        for (StoredFinding f : findings.open(reviewer, documentId)) {
            boolean officeContact = f.kind() == FindingKind.LANDLINE || f.kind() == FindingKind.EMAIL;
            if (!officeContact && f.redactable()) {
                findings.redact(reviewer, documentId, f.id());
            } else {
                findings.accept(reviewer, documentId, f.id(), officeContact
                        ? "机关对外公开的办公电话或邮箱，依法应当公开。"
                        : "演示内容：经人工核对，不涉及国家秘密、商业秘密和个人隐私。");
            }
        }
    }

    void beforeDocuments(Map<String, Long> orgIds) {
        orgIds.values().forEach(catalogs::seed);
    }

    Long catalogNodeFor(long orgId, DemoDocuments.Doc doc) {
        return column(orgId, doc.column());
    }

    /**
     * The founding policy (教办厅〔2017〕3号) enters the demo the way a re-posted page would: the tampered copy found
     * on a gambling site goes through the cleaning import, becomes a draft, and is reviewed and published.
     */
    void afterDocuments(Map<String, Long> orgIds, Map<String, DemoContent.Team> teams) {
        long moe = orgIds.get("moe");
        DemoContent.Team team = teams.get("moe");
        var cleaned = new PageCleaner().clean(FoundingDocumentSample.foundingDocumentBytes(), FoundingDocumentSample.FOUNDING_DOCUMENT_FILE);
        long id = drafts.createDraft(team.editor(), cleaned, column(moe, "规范性文件"));
        submit.submit(team.editor(), id);
        resolveFindings(team.reviewer(), id);
        review.approve(team.reviewer(), id, "导入件已与原文核对，清除了广告、表情符号和网站框架，同意发布。");
        publish.publishNow(team.publisher(), id);
    }

    private Long column(long orgId, String name) {
        if (name == null) {
            return null;
        }
        return tree.nodesOf(orgId).stream().map(CatalogTree.Entry::node).filter(n -> n.name().equals(name))
                .map(n -> n.id()).findFirst().orElse(null);
    }
}
