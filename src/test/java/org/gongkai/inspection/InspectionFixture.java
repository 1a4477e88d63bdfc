package org.gongkai.inspection;

import org.gongkai.catalog.CatalogEditing;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.NodeDraft;
import org.gongkai.catalog.OpennessClass;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.support.Fixtures;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Sites for the inspection tests: an organisation with a publishing team, catalog columns made through the catalog's
 * service, and documents published through the real workflow. A document's date in the past is its 发布日期, given
 * in its metadata as an editor would for something that went out earlier: what the site shows and the inspector
 * reads.
 */
@Component
class InspectionFixture {

    private final Fixtures fixtures;
    private final CatalogEditing catalog;
    private final CreateDocument create;
    private final SubmitForReview submit;
    private final ReviewEdition review;
    private final PublishEdition publish;
    private final Clock clock;

    InspectionFixture(Fixtures fixtures, CatalogEditing catalog, CreateDocument create, SubmitForReview submit,
                      ReviewEdition review, PublishEdition publish, Clock clock) {
        this.fixtures = fixtures;
        this.catalog = catalog;
        this.create = create;
        this.submit = submit;
        this.review = review;
        this.publish = publish;
        this.clock = clock;
    }

    /** An organisation with an editor, a reviewer and a publisher, and no catalog yet. */
    record Site(long id, StaffUser editor, StaffUser reviewer, StaffUser publisher) {
    }

    Site site(String name, Long parentId) {
        long id = fixtures.organisation(name, parentId);
        return new Site(id, fixtures.staff(id, Role.EDITOR), fixtures.staff(id, Role.REVIEWER),
                fixtures.staff(id, Role.PUBLISHER));
    }

    /** Today in Beijing, by the application's clock. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    CatalogNode column(Site site, Long parentId, String name, ColumnKind kind) {
        return catalog.create(site.editor(), site.id(),
                NodeDraft.of(parentId, name, OpennessClass.EXECUTION, kind, CatalogNode.DEFAULT_TIME_LIMIT_DAYS));
    }

    /** Publishes a proactively disclosed document in the column, showing the 发布日期 given. */
    long publish(Site site, Long nodeId, String title, LocalDate publishDate) {
        LocalDate written = publishDate.isAfter(today()) ? today() : publishDate;
        DocumentContent content = DocumentContent.builder().catalogNodeId(nodeId).title(title).issuer("自查测试教育局")
                .writtenDate(written).publishDate(publishDate).theme("教育").opennessClass("EXECUTION").keywords("自查")
                .bodyHtml("<p>" + title + "。</p>").build();
        long id = create.create(site.editor(), site.id(), content);
        submit.submit(site.editor(), id);
        review.approve(site.reviewer(), id, null);
        publish.publishNow(site.publisher(), id);
        return id;
    }
}
