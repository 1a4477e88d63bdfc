package org.gongkai.syndication;

import org.gongkai.catalog.CatalogTree;
import org.gongkai.demo.DemoCatalog;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SaveDraft;
import org.gongkai.document.StartNewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.WithdrawOrRemove;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Sites in a hierarchy with catalogs and publishing teams, and documents taken through the real workflow. */
@Component
class SyndicationFixture {

    final Fixtures fixtures;
    final OrganisationDirectory organisations;
    final ObjectProvider<DemoCatalog> demoCatalog;
    final CatalogTree catalog;
    final CreateDocument create;
    final SubmitForReview submit;
    final ReviewEdition review;
    final PublishEdition publish;
    final StartNewEdition newEdition;
    final SaveDraft save;
    final WithdrawOrRemove withdraw;
    final JdbcClient jdbc;
    final SourceListener listener;

    SyndicationFixture(Fixtures fixtures, OrganisationDirectory organisations, ObjectProvider<DemoCatalog> demoCatalog,
                       CatalogTree catalog, CreateDocument create, SubmitForReview submit, ReviewEdition review,
                       PublishEdition publish, StartNewEdition newEdition, SaveDraft save, WithdrawOrRemove withdraw,
                       JdbcClient jdbc, SourceListener listener) {
        this.fixtures = fixtures;
        this.organisations = organisations;
        this.demoCatalog = demoCatalog;
        this.catalog = catalog;
        this.create = create;
        this.submit = submit;
        this.review = review;
        this.publish = publish;
        this.newEdition = newEdition;
        this.save = save;
        this.withdraw = withdraw;
        this.jdbc = jdbc;
        this.listener = listener;
    }

    /** Runs the action and waits until the re-post listener has handled (and committed) the document's change. */
    void awaitChange(long documentId, Runnable action) {
        var handled = listener.nextChangeOf(documentId);
        action.run();
        try {
            handled.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the change of document " + documentId + " was not handled", e);
        }
    }

    void withdraw(Site s, long id, String reason) {
        awaitChange(id, () -> withdraw.withdraw(s.publisher(), id, reason));
    }

    record Site(Organisation org, StaffUser editor, StaffUser reviewer, StaffUser publisher, StaffUser officer,
                long node) {
    }

    Site site(String name, Long parentId, OrganisationKind kind) {
        long id = fixtures.organisation(name, parentId, kind);
        demoCatalog.getObject().seed(id);
        long node = catalog.nodesOf(id).stream().map(CatalogTree.Entry::node)
                .filter(n -> n.name().equals("通知公告")).findFirst().orElseThrow().id();
        return new Site(organisations.get(id), fixtures.staff(id, Role.EDITOR), fixtures.staff(id, Role.REVIEWER),
                fixtures.staff(id, Role.PUBLISHER), fixtures.staff(id, Role.DISCLOSURE_OFFICER), node);
    }

    static DocumentContent.Builder content(Site s, String title, String bodyHtml) {
        return DocumentContent.builder().catalogNodeId(s.node()).title(title)
                .documentNumber("教转〔2026〕" + Math.abs(title.hashCode() % 1000) + "号").issuer(s.org().name())
                .writtenDate(LocalDate.of(2026, 3, 1)).publishDate(LocalDate.of(2026, 3, 2)).theme("教育")
                .opennessClass("DECISION").keywords("转载").summary("概述").bodyHtml(bodyHtml);
    }

    void publish(Site s, long id) {
        submit.submit(s.editor(), id);
        approveAndPublish(s, id);
    }

    void approveAndPublish(Site s, long id) {
        review.approve(s.reviewer(), id, null);
        awaitChange(id, () -> publish.publishNow(s.publisher(), id));
    }

    long published(Site s, DocumentContent content) {
        long id = create.create(s.editor(), s.org().id(), content);
        publish(s, id);
        return id;
    }

    void amend(Site s, long id, DocumentContent content) {
        newEdition.start(s.editor(), id);
        int version = jdbc.sql("select lock_version from edition where document_id = ? and status = 'DRAFT'")
                .param(id).query(Integer.class).single();
        save.save(s.editor(), id, version, content);
        publish(s, id);
    }

    /** The item queued for the subscriber from the source document. */
    long item(Site subscriber, long sourceDocumentId) {
        return jdbc.sql("select id from repost_item where organisation_id = ? and source_document_id = ?")
                .params(subscriber.org().id(), sourceDocumentId).query(Long.class).single();
    }

    String editionStatus(long documentId) {
        return jdbc.sql("select status from edition where document_id = ? order by number desc limit 1")
                .param(documentId).query(String.class).single();
    }
}
