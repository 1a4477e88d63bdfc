package org.gongkai.participation;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The incidents dashboard of an organisation (paged, filtered by open/closed and near-due/overdue, with the
 * incidents escalated from the organisations below whose clocks were missed), the form to record one, an incident's
 * page with its clocks and timeline, and the year's figures.
 */
@Controller
class IncidentPages {

    static final int PAGE_SIZE = 30;

    private final IncidentStore store;
    private final MessageAccess access;
    private final HandleIncident handle;
    private final OrganisationDirectory organisations;

    IncidentPages(IncidentStore store, MessageAccess access, HandleIncident handle, OrganisationDirectory organisations) {
        this.store = store;
        this.access = access;
        this.handle = handle;
        this.organisations = organisations;
    }

    @GetMapping("/admin/incidents")
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String state,
                @RequestParam(required = false) String flag, @RequestParam(required = false) Integer page, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        String s = blank(state);
        String f = blank(flag);
        if ((s != null && !s.equals("OPEN") && !s.equals("CLOSED")) || (f != null && !f.equals("NEAR") && !f.equals("OVERDUE"))) {
            throw new IllegalArgumentException("incident filter");
        }
        Instant now = handle.now();
        Page<ConcernIncident> rows = store.list(orgId, s == null ? null : s.equals("OPEN"), f, now, Page.clamp(page),
                PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("state", s);
        model.addAttribute("flag", f);
        model.addAttribute("rows", rows);
        model.addAttribute("now", now);
        model.addAttribute("escalated", store.escalatedTo(orgId, now));
        model.addAttribute("canAct", access.canAct(user, orgId));
        return "participation/incidents";
    }

    @GetMapping("/admin/incidents/new")
    String form(StaffUser user, Model model) {
        access.requireAct(user, user.organisationId());
        fillForm(model, IncidentForm.blank(), Map.of());
        return "participation/incident-form";
    }

    void fillForm(Model model, IncidentForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("severities", IncidentSeverity.values());
    }

    @GetMapping("/admin/incidents/{id}")
    String incident(StaffUser user, @PathVariable long id, Model model) {
        fill(model, user, handle.readable(user, id), StatementForm.blank(), null, Map.of());
        return "participation/incident";
    }

    /** The incident's page; {@code errors} from an action sent back with what was typed. */
    void fill(Model model, StaffUser user, ConcernIncident i, StatementForm statement, String reviewNote,
              Map<String, String> errors) {
        Instant now = handle.now();
        model.addAttribute("incident", i);
        model.addAttribute("now", now);
        model.addAttribute("clocks", i.clocks());
        model.addAttribute("statements", store.statements(i.id()));
        model.addAttribute("canAct", access.canAct(user, i.organisationId()) && !i.closed());
        model.addAttribute("statement", statement);
        model.addAttribute("reviewNote", reviewNote);
        model.addAttribute("errors", errors);
    }

    @GetMapping("/admin/incidents/statistics")
    String statistics(StaffUser user, @RequestParam(required = false) Long org,
                      @RequestParam(required = false) Integer year, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        Instant now = handle.now();
        int y = year == null ? now.atZone(Zones.CHINA).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new IllegalArgumentException("year");
        }
        List<IncidentStore.YearLine> found = store.year(orgId, y, now);
        List<IncidentStore.YearLine> lines = Arrays.stream(IncidentSeverity.values())
                .map(s -> found.stream().filter(l -> l.severity() == s).findFirst()
                        .orElse(new IncidentStore.YearLine(s, 0, 0, 0, 0)))
                .toList();
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("year", y);
        model.addAttribute("lines", lines);
        model.addAttribute("total", new IncidentStore.YearLine(null,
                lines.stream().mapToLong(IncidentStore.YearLine::incidents).sum(),
                lines.stream().mapToLong(IncidentStore.YearLine::clocks).sum(),
                lines.stream().mapToLong(IncidentStore.YearLine::metOnTime).sum(),
                lines.stream().mapToLong(IncidentStore.YearLine::missed).sum()));
        return "participation/incident-statistics";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
