package org.gongkai.portal;

import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.demo.DemoCatalog;
import org.springframework.beans.factory.ObjectProvider;
import org.gongkai.document.AttachFile;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.WithdrawOrRemove;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/** An organisation with a catalog and a publishing team, and documents published through the real workflow. */
@Component
class PortalFixture {

    final Fixtures fixtures;
    final OrganisationDirectory organisations;
    /** Provided lazily: the portal's module test bootstraps without the demo module and never seeds a site. */
    final ObjectProvider<DemoCatalog> demoCatalog;
    final CatalogTree catalog;
    final CreateDocument create;
    final AttachFile attach;
    final SubmitForReview submit;
    final ReviewEdition review;
    final PublishEdition publish;
    final WithdrawOrRemove withdrawOrRemove;
    final SiteChanges changes;
    final JdbcClient jdbc;

    PortalFixture(Fixtures fixtures, OrganisationDirectory organisations, ObjectProvider<DemoCatalog> demoCatalog,
                  CatalogTree catalog,
                  CreateDocument create, AttachFile attach, SubmitForReview submit, ReviewEdition review,
                  PublishEdition publish, WithdrawOrRemove withdrawOrRemove, SiteChanges changes, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.organisations = organisations;
        this.demoCatalog = demoCatalog;
        this.catalog = catalog;
        this.create = create;
        this.attach = attach;
        this.submit = submit;
        this.review = review;
        this.publish = publish;
        this.withdrawOrRemove = withdrawOrRemove;
        this.changes = changes;
        this.jdbc = jdbc;
    }

    /** A site: an organisation with the county catalog and an editor, a reviewer and a publisher. */
    record Site(Organisation org, StaffUser editor, StaffUser reviewer, StaffUser publisher) {
        String slug() {
            return org.slug();
        }
    }

    Site site(String name) {
        long id = fixtures.organisation(name);
        demoCatalog.getObject().seed(id);
        return new Site(organisations.get(id), fixtures.staff(id, Role.EDITOR), fixtures.staff(id, Role.REVIEWER),
                fixtures.staff(id, Role.PUBLISHER));
    }

    CatalogNode node(Site site, String name) {
        return catalog.nodesOf(site.org().id()).stream().map(CatalogTree.Entry::node)
                .filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    static DocumentContent content(Long nodeId, String title, String keywords, LocalDate published) {
        return DocumentContent.builder().catalogNodeId(nodeId).title(title)
                .documentNumber("测教〔2026〕" + Math.abs(title.hashCode() % 1000) + "号").issuer("测试县教育局")
                .writtenDate(published.minusDays(2)).publishDate(published).theme("教育").opennessClass("RESULT")
                .keywords(keywords).summary("概述：" + title).bodyHtml("<p>" + title + " 正文。</p>").build();
    }

    /** Creates, submits and approves a document; answers its id. */
    long approved(Site s, DocumentContent content) {
        long id = create.create(s.editor(), s.org().id(), content);
        submit.submit(s.editor(), id);
        review.approve(s.reviewer(), id, null);
        return id;
    }

    /** Publishes through the workflow and waits until the portal has handled the change (cache eviction). */
    long published(Site s, DocumentContent content) {
        long id = approved(s, content);
        awaitChange(id, () -> publish.publishNow(s.publisher(), id));
        return id;
    }

    /** Submits, approves and publishes a draft, waiting for the portal to handle it. */
    void submitApprovePublish(Site s, long id) {
        submit.submit(s.editor(), id);
        review.approve(s.reviewer(), id, null);
        awaitChange(id, () -> publish.publishNow(s.publisher(), id));
    }

    void withdraw(Site s, long id) {
        awaitChange(id, () -> withdrawOrRemove.withdraw(s.publisher(), id, "政策调整"));
    }

    void remove(Site s, long id) {
        awaitChange(id, () -> withdrawOrRemove.remove(s.publisher(), id, "内容有误"));
    }

    long attachPdf(Site s, long documentId, String fileName, String text) {
        int version = jdbc.sql("select lock_version from edition where document_id = ? and status in "
                + "('DRAFT','SUBMITTED','REJECTED','APPROVED','SCHEDULED')").param(documentId).query(Integer.class).single();
        return attach.attach(s.editor(), documentId, version, fileName, new ByteArrayInputStream(pdf(text)));
    }

    /** A real one-page PDF showing the (ASCII) text, its content stream uncompressed so the text is in the bytes. */
    static byte[] pdf(String text) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.OVERWRITE,
                    false)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the action and waits for the portal's after-commit listeners to handle the document's change and its
     * transparency leaf (both evict the document's cached page).
     */
    void awaitChange(long documentId, Runnable action) {
        var handled = changes.nextChangeOf(documentId);
        var logged = changes.nextTransparencyOf(documentId);
        action.run();
        try {
            handled.get(60, TimeUnit.SECONDS);
            logged.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the portal did not handle the change of document " + documentId, e);
        }
    }
}
