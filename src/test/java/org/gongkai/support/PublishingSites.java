package org.gongkai.support;

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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Sites with the demo catalog and a publishing team, and documents taken through the real workflow — the part the
 * module fixtures ({@code InterpretationFixture}, {@code SyndicationFixture}) share.
 */
@Component
public class PublishingSites {

    /** An organisation with its 通知公告 column and one member per role of the publishing team. */
    public record Site(Organisation org, StaffUser editor, StaffUser reviewer, StaffUser publisher, StaffUser officer,
                       long node) {
    }

    final Fixtures fixtures;
    final OrganisationDirectory organisations;
    /** Provided lazily: module tests bootstrap without the demo module (and never build these sites). */
    final ObjectProvider<DemoCatalog> demoCatalog;
    final CatalogTree catalog;
    final CreateDocument create;
    final SubmitForReview submit;
    final ReviewEdition review;
    final PublishEdition publish;
    final StartNewEdition newEdition;
    final SaveDraft save;
    public final WithdrawOrRemove withdraw;
    public final JdbcClient jdbc;

    PublishingSites(Fixtures fixtures, OrganisationDirectory organisations, ObjectProvider<DemoCatalog> demoCatalog,
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

    /** A site under another organisation (null: at the top); kind null: the default kind. */
    public Site site(String name, Long parentId, OrganisationKind kind) {
        long id = kind == null ? fixtures.organisation(name, parentId) : fixtures.organisation(name, parentId, kind);
        demoCatalog.getObject().seed(id);
        long node = catalog.nodesOf(id).stream().map(CatalogTree.Entry::node)
                .filter(n -> n.name().equals("通知公告")).findFirst().orElseThrow().id();
        return new Site(organisations.get(id), fixtures.staff(id, Role.EDITOR), fixtures.staff(id, Role.REVIEWER),
                fixtures.staff(id, Role.PUBLISHER), fixtures.staff(id, Role.DISCLOSURE_OFFICER), node);
    }

    /** A complete notice in the site's 通知公告 column; {@code prefix} starts its 文号, {@code keywords} its 主题词. */
    public static DocumentContent.Builder content(Site s, String prefix, String keywords, String title,
                                                  String bodyHtml) {
        return DocumentContent.builder().catalogNodeId(s.node()).title(title)
                .documentNumber(prefix + "〔2026〕" + Math.abs(title.hashCode() % 1000) + "号").issuer(s.org().name())
                .writtenDate(LocalDate.of(2026, 3, 1)).publishDate(LocalDate.of(2026, 3, 2)).theme("教育")
                .opennessClass("DECISION").keywords(keywords).summary("概述").bodyHtml(bodyHtml);
    }

    public long draft(Site s, DocumentContent content) {
        return create.create(s.editor(), s.org().id(), content);
    }

    public void submit(Site s, long id) {
        submit.submit(s.editor(), id);
    }

    public void approve(Site s, long id) {
        review.approve(s.reviewer(), id, null);
    }

    public void publishNow(Site s, long id) {
        publish.publishNow(s.publisher(), id);
    }

    /** Starts a new edition of a published document and saves the content into it (not yet submitted). */
    public void newEdition(Site s, long id, DocumentContent content) {
        newEdition.start(s.editor(), id);
        int version = jdbc.sql("select lock_version from edition where document_id = ? and status = 'DRAFT'")
                .param(id).query(Integer.class).single();
        save.save(s.editor(), id, version, content);
    }
}
