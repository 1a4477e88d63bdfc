package org.gongkai.interpretation;

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
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** A site with a catalog and a publishing team, and documents taken through the real workflow. */
@Component
class InterpretationFixture {

    final Fixtures fixtures;
    final OrganisationDirectory organisations;
    /** Provided lazily: module tests bootstrap without the demo module (and never build this fixture's sites). */
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

    InterpretationFixture(Fixtures fixtures, OrganisationDirectory organisations, ObjectProvider<DemoCatalog> demoCatalog,
                          CatalogTree catalog, CreateDocument create, SubmitForReview submit, ReviewEdition review,
                          PublishEdition publish, StartNewEdition newEdition, SaveDraft save, WithdrawOrRemove withdraw,
                          JdbcClient jdbc) {
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
    }

    record Site(Organisation org, StaffUser editor, StaffUser reviewer, StaffUser publisher, long node) {
    }

    Site site(String name) {
        return site(name, null);
    }

    /** A site under another organisation (null: at the top). */
    Site site(String name, Long parentId) {
        long id = fixtures.organisation(name, parentId);
        demoCatalog.getObject().seed(id);
        long node = catalog.nodesOf(id).stream().map(CatalogTree.Entry::node)
                .filter(n -> n.name().equals("通知公告")).findFirst().orElseThrow().id();
        return new Site(organisations.get(id), fixtures.staff(id, Role.EDITOR), fixtures.staff(id, Role.REVIEWER),
                fixtures.staff(id, Role.PUBLISHER), node);
    }

    static DocumentContent.Builder content(Site s, String title, String bodyHtml) {
        return DocumentContent.builder().catalogNodeId(s.node()).title(title)
                .documentNumber("解测〔2026〕" + Math.abs(title.hashCode() % 1000) + "号").issuer(s.org().name())
                .writtenDate(LocalDate.of(2026, 3, 1)).publishDate(LocalDate.of(2026, 3, 2)).theme("教育")
                .opennessClass("DECISION").keywords("解读").summary("概述").bodyHtml(bodyHtml);
    }

    long draft(Site s, DocumentContent content) {
        return create.create(s.editor(), s.org().id(), content);
    }

    void publish(Site s, long id) {
        submit.submit(s.editor(), id);
        review.approve(s.reviewer(), id, null);
        publish.publishNow(s.publisher(), id);
    }

    long published(Site s, DocumentContent content) {
        long id = draft(s, content);
        publish(s, id);
        return id;
    }

    /** Publishes a new edition of a published document with the content. */
    void amend(Site s, long id, DocumentContent content) {
        newEdition.start(s.editor(), id);
        int version = jdbc.sql("select lock_version from edition where document_id = ? and status = 'DRAFT'")
                .param(id).query(Integer.class).single();
        save.save(s.editor(), id, version, content);
        publish(s, id);
    }
}
