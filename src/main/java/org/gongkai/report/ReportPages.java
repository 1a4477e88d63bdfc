package org.gongkai.report;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;

/**
 * Table 三 of the annual report as the platform counts it, for an organisation alone or with everything below it,
 * with the template's checks. (The full annual report — tables 二 and 四, narratives, publication — comes next.)
 */
@Controller
class ReportPages {

    private final ComputeApplicationsTable table;
    private final OrganisationDirectory organisations;
    private final OrganisationAccess access;

    ReportPages(ComputeApplicationsTable table, OrganisationDirectory organisations, OrganisationAccess access) {
        this.table = table;
        this.organisations = organisations;
        this.access = access;
    }

    @GetMapping("/admin/report/applications")
    String applications(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                        @RequestParam(defaultValue = "false") boolean subordinates, Model model) {
        if (!user.hasAny(Role.DISCLOSURE_OFFICER, Role.PUBLISHER, Role.REVIEWER, Role.EDITOR)) {
            throw new ForbiddenException("access.role");
        }
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        int thisYear = LocalDate.now(Zones.CHINA).getYear();
        int y = year == null ? thisYear - 1 : year;
        if (y < 2008 || y > thisYear) {
            throw InvalidInputException.of("year", "report.year.invalid");
        }
        List<Long> ids = subordinates ? organisations.subtreeIds(orgId) : List.of(orgId);
        ApplicationsTable t = table.compute(ids, y);
        model.addAttribute("table", t);
        model.addAttribute("rows", ApplicationsTable.ROWS);
        model.addAttribute("columns", ApplicationsTable.COLUMNS);
        model.addAttribute("problems", t.reconciliation());
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("year", y);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(2008, thisYear).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("subordinates", subordinates);
        return "report/applications";
    }
}
