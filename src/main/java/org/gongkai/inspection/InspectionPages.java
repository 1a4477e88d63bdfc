package org.gongkai.inspection;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.Page;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site self-inspection pages: one organisation's site against the vetoes of 国办秘函〔2019〕19号 with what to fix
 * and by when, and the organisations of a subtree ranked for a higher level. Staff with a content role see their own
 * organisation; higher levels read the ones below them.
 */
@Controller
class InspectionPages {

    static final Role[] ROLES = {Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.DISCLOSURE_OFFICER};
    static final int PAGE_SIZE = 50;

    /** A check as the page shows it, its findings in words. */
    record CheckRow(Check check, String detail) {
    }

    /** A thing to fix as the page shows it: the problem in words and where to go. */
    record FixRow(FixItem item, String problem, String href) {
    }

    /** A site in the ranking. */
    record RankedSite(int rank, Organisation organisation, SiteInspection site) {
    }

    private final SiteInspector inspector;
    private final OrganisationDirectory organisations;
    private final OrganisationAccess access;
    private final MessageSource messages;
    private final ObjectProvider<InspectionFigures> figures;

    InspectionPages(SiteInspector inspector, OrganisationDirectory organisations, OrganisationAccess access,
                    MessageSource messages, ObjectProvider<InspectionFigures> figures) {
        this.figures = figures;
        this.inspector = inspector;
        this.organisations = organisations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/admin/inspection")
    String dashboard(StaffUser user, @RequestParam(required = false) Long org, Locale locale, Model model) {
        Organisation organisation = readable(user, org);
        SiteInspector.Dashboard dashboard = inspector.dashboard(organisation.id());
        SiteInspection site = dashboard.site();
        boolean canPublish = access.canEdit(user, organisation.id()) && user.has(Role.EDITOR);
        List<CheckRow> checks = site.checks().stream()
                .map(c -> new CheckRow(c, text(c.detailKey(), c.args(), locale))).toList();
        List<FixRow> fixes = dashboard.fixes().stream()
                .map(f -> new FixRow(f, text(f.problemKey(), f.args(), locale), href(f, organisation.id()))).toList();
        model.addAttribute("organisation", organisation);
        model.addAttribute("site", site);
        model.addAttribute("checks", checks);
        model.addAttribute("fixes", fixes);
        model.addAttribute("canPublish", canPublish);
        model.addAttribute("longStale", period(site.longStalePeriod(), locale));
        model.addAttribute("dueSoon", period(inspector.settings().dueSoon(), locale));
        model.addAttribute("soon", site.today().plus(inspector.settings().dueSoon()));
        model.addAttribute("hasSubordinates", !organisations.children(organisation.id()).isEmpty());
        model.addAttribute("ownOrganisation", user.organisationId());
        // other modules' figures (InspectionFigures): listed below the checks, never a veto
        model.addAttribute("otherFigures", figures.orderedStream()
                .flatMap(f -> f.figures(organisation.id(), locale).stream()).toList());
        return "inspection/dashboard";
    }

    @GetMapping("/admin/inspection/subordinates")
    String subordinates(StaffUser user, @RequestParam(required = false) Long org,
                        @RequestParam(required = false) Integer page, Locale locale, Model model) {
        Organisation top = readable(user, org);
        List<Organisation> subtree = organisations.subtree(top.id());
        Map<Long, SiteInspection> sites = inspector.inspect(subtree.stream().map(Organisation::id).toList());
        Map<Long, long[]> keys = new java.util.HashMap<>();
        sites.forEach((id, s) -> keys.put(id, new long[]{s.failed(), s.problemColumns()}));
        List<Organisation> ranked = new ArrayList<>(subtree);
        // Most checks failed first, then most stale or empty columns; the sort is stable, so alike stay in tree order.
        ranked.sort(Comparator.comparingLong((Organisation o) -> -keys.get(o.id())[0])
                .thenComparingLong(o -> -keys.get(o.id())[1]));
        int p = Math.min(Page.clamp(page), Math.max(1, (ranked.size() + PAGE_SIZE - 1) / PAGE_SIZE));
        int from = Page.offset(p, PAGE_SIZE);
        List<RankedSite> rows = new ArrayList<>();
        for (int i = from; i < Math.min(ranked.size(), from + PAGE_SIZE); i++) {
            Organisation o = ranked.get(i);
            rows.add(new RankedSite(i + 1, o, sites.get(o.id())));
        }
        long failing = sites.values().stream().filter(SiteInspection::anyFailed).count();
        model.addAttribute("organisation", top);
        model.addAttribute("rows", new Page<>(rows, p, PAGE_SIZE, ranked.size()));
        model.addAttribute("failing", failing);
        model.addAttribute("total", ranked.size());
        model.addAttribute("today", inspector.today());
        model.addAttribute("longStale", period(inspector.settings().longStale(), locale));
        return "inspection/subordinates";
    }

    /** The organisation asked for (the user's own by default): 404 when there is none, 403 when not the user's to read. */
    private Organisation readable(StaffUser user, Long org) {
        if (!user.hasAny(ROLES)) {
            throw new ForbiddenException("access.role");
        }
        Organisation organisation = organisations.get(org == null ? user.organisationId() : org);
        access.requireRead(user, organisation.id());
        return organisation;
    }

    /** Where in the back office the item is fixed. */
    private static String href(FixItem f, long organisationId) {
        if (f.documentId() != null) {
            return "/admin/documents/" + f.documentId();
        }
        if (f.catalogNodeId() != null) {
            return "/admin/catalog?org=" + organisationId + "#node-" + f.catalogNodeId();
        }
        if (f.path() != null) {
            return f.path();
        }
        return "/admin/documents?org=" + organisationId;
    }

    private String text(String key, List<Object> args, Locale locale) {
        Object[] shown = args.stream().map(a -> a instanceof Period p ? period(p, locale) : a).toArray();
        return messages.getMessage(key, shown, locale);
    }

    /** A period in words, such as "1 年" or "6 months". */
    private String period(Period p, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(messages.getMessage("inspection.period.years", new Object[]{String.valueOf(p.getYears())}, locale));
        }
        if (p.getMonths() != 0) {
            parts.add(messages.getMessage("inspection.period.months", new Object[]{p.getMonths()}, locale));
        }
        if (p.getDays() != 0 || parts.isEmpty()) {
            parts.add(messages.getMessage("inspection.period.days", new Object[]{p.getDays()}, locale));
        }
        return String.join(messages.getMessage("inspection.period.and", null, locale), parts);
    }
}
