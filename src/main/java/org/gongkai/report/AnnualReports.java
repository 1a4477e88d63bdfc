package org.gongkai.report;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.web.FieldErrors;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading and saving an organisation's annual report, with its live figures and checks. */
@Service
class AnnualReports {

    static final Role[] READERS = {Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.DISCLOSURE_OFFICER};
    /** Map entries in key order: figures read back from jsonb (which reorders keys) compare equal to live ones. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final AnnualReportStore store;
    private final ComputeAnnualReport compute;
    private final OrganisationDirectory organisations;
    private final OrganisationAccess access;
    private final CatalogTree catalog;
    private final PublishedDocuments published;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnualReports(AnnualReportStore store, ComputeAnnualReport compute, OrganisationDirectory organisations,
                  OrganisationAccess access, CatalogTree catalog, PublishedDocuments published,
                  ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.compute = compute;
        this.organisations = organisations;
        this.access = access;
        this.catalog = catalog;
        this.published = published;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.CHINA);
    }

    void requireReader(StaffUser user, long organisationId) {
        if (!user.hasAny(READERS)) {
            throw new ForbiddenException("access.role");
        }
        access.requireRead(user, organisationId);
    }

    /** The period of a year's report, refused when it has not ended yet or lies before the regulation. */
    ReportPeriod period(Organisation organisation, int year) {
        ReportPeriod p = ReportPeriod.of(organisation.kind(), year);
        if (year < ReportPeriod.FIRST_YEAR || !p.to().isBefore(today())) {
            throw InvalidInputException.of("year", "report.year.invalid");
        }
        return p;
    }

    ReportState state(StaffUser user, long organisationId, int year) {
        requireReader(user, organisationId);
        Organisation org = organisations.get(organisationId);
        ReportPeriod period = period(org, year);
        AnnualReport report = store.find(organisationId, year).orElseGet(() -> blank(organisationId, year));
        ReportFigures live = live(org, period, report.entered());
        Reconciliation checks = Reconciliation.of(live, previousPublished(organisationId, period));
        Optional<Generation> latest = report.id() == 0 ? Optional.empty() : store.latestGeneration(report.id());
        boolean upToDate = latest.map(g -> same(g.figures(), live)).orElse(false);
        return new ReportState(org, period, report, live, checks, latest, upToDate, status(report));
    }

    ReportFigures live(Organisation org, ReportPeriod period, EnteredFigures entered) {
        return compute.compute(org.name(), List.of(org.id()), period, entered);
    }

    ReportStatus status(AnnualReport report) {
        if (report.documentId() != null) {
            return published.publishedRevisionId(report.documentId()).isPresent() ? ReportStatus.PUBLISHED
                    : ReportStatus.IN_REVIEW;
        }
        return report.id() == 0 ? ReportStatus.NOT_STARTED : ReportStatus.DRAFTING;
    }

    /** Table 三 of the previous period's report as it was published, if it was published on the platform. */
    Optional<ApplicationsTable> previousPublished(long organisationId, ReportPeriod period) {
        return store.find(organisationId, period.year() - 1)
                .flatMap(r -> Optional.ofNullable(r.documentId()))
                .flatMap(published::publishedRevisionId)
                .flatMap(store::generationOf)
                .map(g -> g.figures().applications());
    }

    static boolean same(ReportFigures a, ReportFigures b) {
        return JSON.writeValueAsString(a).equals(JSON.writeValueAsString(b));
    }

    @Transactional
    void save(StaffUser user, long organisationId, int year, ReportForm form) {
        access.requireRole(user, organisationId, Role.EDITOR, Role.DISCLOSURE_OFFICER);
        period(organisations.get(organisationId), year);
        FieldErrors errors = new FieldErrors();
        Narratives text = form.narratives(errors);
        EnteredFigures entered = form.entered(errors);
        Long node = form.catalogNode(errors);
        if (node != null) {
            errors.require(catalog.find(node).filter(n -> n.organisationId() == organisationId).isPresent(),
                    "catalogNodeId", "report.catalogNode.invalid");
        }
        errors.throwIfAny();
        int expected = form.version();
        AnnualReport before = store.lockOrCreate(organisationId, year);
        AnnualReport after = new AnnualReport(before.id(), organisationId, year, text, entered, node,
                before.documentId(), before.lockVersion(), before.updatedAt());
        store.save(after, expected, user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), organisationId, "report.save", "annual_report",
                String.valueOf(before.id()), summary(before), summary(after)));
    }

    private static Map<String, Object> summary(AnnualReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", r.year());
        m.put("licences", r.entered().licences());
        m.put("penalties", r.entered().penalties());
        m.put("enforcement", r.entered().enforcement());
        m.put("fees", r.entered().feesTenThousandYuan().toPlainString());
        m.put("textLength", r.narratives().overview().length() + r.narratives().problems().length()
                + r.narratives().otherMatters().length());
        m.put("catalogNodeId", r.catalogNodeId() == null ? "" : r.catalogNodeId());
        return m;
    }

    /** The catalog node to file the report under: the one chosen, else one named like 年度报告, else none. */
    Optional<Long> defaultNode(long organisationId) {
        return catalog.nodesOf(organisationId).stream().map(CatalogTree.Entry::node)
                .filter(n -> n.name().contains("年度报告") && !n.name().contains("就业"))
                .map(n -> n.id()).findFirst();
    }

    static AnnualReport blank(long organisationId, int year) {
        return new AnnualReport(0, organisationId, year, Narratives.EMPTY, EnteredFigures.NONE, null, null, 0,
                Instant.EPOCH);
    }

    /** The report's title as published: "清溪县教育局2025年政府信息公开工作年度报告". */
    static String title(Organisation org, ReportPeriod period) {
        return org.name() + period.label() + (period.academicYear() ? "信息公开工作年度报告" : "政府信息公开工作年度报告");
    }
}
