package org.gongkai.report;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.AttachFile;
import org.gongkai.document.AttachmentInfo;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentQueries;
import org.gongkai.document.DocumentView;
import org.gongkai.document.Edition;
import org.gongkai.document.EditionStatus;
import org.gongkai.document.SaveDraft;
import org.gongkai.document.StartNewEdition;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.FieldErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * Draws the report's document from what staff wrote and the live figures: the body (HTML tables as in the template)
 * and the XLSX and PDF downloads, as a draft of a normal document that then goes through review and publication.
 * A report that was published gets a new edition. Each generation records its figures and the revision it produced.
 */
@Service
class GenerateReportDocument {

    private final AnnualReports reports;
    private final AnnualReportStore store;
    private final OrganisationDirectory organisations;
    private final OrganisationAccess access;
    private final CatalogTree catalog;
    private final CreateDocument create;
    private final SaveDraft save;
    private final StartNewEdition newEdition;
    private final AttachFile attach;
    private final DocumentQueries documents;
    private final ReportPdf pdf;
    private final ApplicationEventPublisher events;

    GenerateReportDocument(AnnualReports reports, AnnualReportStore store, OrganisationDirectory organisations,
                           OrganisationAccess access, CatalogTree catalog, CreateDocument create, SaveDraft save,
                           StartNewEdition newEdition, AttachFile attach, DocumentQueries documents, ReportPdf pdf,
                           ApplicationEventPublisher events) {
        this.reports = reports;
        this.store = store;
        this.organisations = organisations;
        this.access = access;
        this.catalog = catalog;
        this.create = create;
        this.save = save;
        this.newEdition = newEdition;
        this.attach = attach;
        this.documents = documents;
        this.pdf = pdf;
        this.events = events;
    }

    /** Returns the document's id. */
    @Transactional
    long generate(StaffUser user, long organisationId, int year, int expectedVersion) {
        access.requireRole(user, organisationId, Role.EDITOR);
        Organisation org = organisations.get(organisationId);
        ReportPeriod period = reports.period(org, year);
        AnnualReport report = store.lockOrCreate(organisationId, year);
        if (report.lockVersion() != expectedVersion) {
            throw new ConflictException("report.stale");
        }
        requireComplete(report);
        ReportFigures figures = reports.live(org, period, report.entered());
        Reconciliation checks = Reconciliation.of(figures, reports.previousPublished(organisationId, period));
        String title = AnnualReports.title(org, period);
        String body = ReportHtml.body(figures, report.narratives());
        if (org.kind() == OrganisationKind.UNIVERSITY) {
            body += ReportHtml.disclosureList(org.slug()); // the university's report links its board (issue 21)
        }
        DocumentContent content = content(org, report, title, body);
        long documentId = draft(user, report, content);
        attachFile(user, documentId, title + "（表二至表四）.xlsx", ReportXlsx.workbook(figures));
        pdf.render(title, figures, report.narratives()).ifPresent(bytes -> attachFile(user, documentId, title + ".pdf", bytes));
        long revisionId = workingEdition(user, documentId).revisionId();
        store.addGeneration(report.id(), revisionId, figures, checks.passes(), user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), organisationId, "report.generate",
                "annual_report", String.valueOf(report.id()), Map.of(),
                Map.of("year", year, "documentId", documentId, "revisionId", revisionId,
                        "reconciled", checks.passes(), "pdf", pdf.available())));
        return documentId;
    }

    private static void requireComplete(AnnualReport report) {
        FieldErrors e = new FieldErrors();
        e.require(!report.narratives().overview().isBlank(), "overview", "report.generate.overviewMissing");
        e.require(!report.narratives().problems().isBlank(), "problems", "report.generate.problemsMissing");
        e.require(!report.narratives().otherMatters().isBlank(), "otherMatters", "report.generate.otherMissing");
        e.require(report.catalogNodeId() != null, "catalogNodeId", "report.generate.nodeMissing");
        e.throwIfAny();
    }

    private DocumentContent content(Organisation org, AnnualReport report, String title, String body) {
        var node = catalog.get(org.id(), report.catalogNodeId());
        String openness = node.opennessClass() == null ? null : node.opennessClass().name();
        return DocumentContent.builder().catalogNodeId(node.id()).title(title).issuer(org.name())
                .writtenDate(reports.today()).opennessClass(openness).keywords("政府信息公开;年度报告").bodyHtml(body)
                .build();
    }

    /** Puts the content into an editable edition of the report's document, creating one when needed. */
    private long draft(StaffUser user, AnnualReport report, DocumentContent content) {
        if (report.documentId() != null) {
            DocumentView view = documents.view(user, report.documentId());
            if (view.working().isEmpty() && view.live().isPresent()) {
                newEdition.start(user, report.documentId());
                view = documents.view(user, report.documentId());
            }
            if (view.working().isPresent()) {
                Edition working = view.working().get();
                if (!EditionStatus.EDITABLE.contains(working.status())) {
                    throw new ConflictException("report.generate.inReview");
                }
                save.save(user, report.documentId(), working.lockVersion(), content);
                for (AttachmentInfo a : documents.view(user, report.documentId()).workingRevision().orElseThrow().attachments()) {
                    attach.detach(user, report.documentId(), workingEdition(user, report.documentId()).lockVersion(), a.id());
                }
                return report.documentId();
            }
        }
        long documentId = create.create(user, report.organisationId(), content);
        store.linkDocument(report.id(), documentId);
        return documentId;
    }

    private void attachFile(StaffUser user, long documentId, String name, byte[] bytes) {
        attach.attach(user, documentId, workingEdition(user, documentId).lockVersion(), name,
                new ByteArrayInputStream(bytes));
    }

    private Edition workingEdition(StaffUser user, long documentId) {
        return documents.view(user, documentId).working().orElseThrow();
    }
}
