package org.gongkai.report;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** A higher level's annual report overview: the summed tables and which subordinates have not published yet. */
@Controller
class RollUpPages {

    static final int PAGE_SIZE = 50;

    private final RollUp rollUp;
    private final AnnualReports reports;
    private final OrganisationDirectory organisations;
    private final ReportDuty duty;

    RollUpPages(RollUp rollUp, AnnualReports reports, OrganisationDirectory organisations, ReportDuty duty) {
        this.rollUp = rollUp;
        this.reports = reports;
        this.organisations = organisations;
        this.duty = duty;
    }

    @GetMapping("/admin/report/rollup")
    String rollUp(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) Integer page, @RequestParam(defaultValue = "false") boolean pending,
                  Model model) {
        long orgId = org == null ? user.organisationId() : org;
        reports.requireReader(user, orgId);
        Organisation top = organisations.get(orgId);
        ReportPeriod latest = ReportPeriod.latestEnded(top.kind(), reports.today());
        ReportPeriod period = reports.period(top, year == null ? latest.year() : year);
        RollUp.Result result = rollUp.of(top, period, reports.today());
        List<RollUp.Subordinate> shown = pending ? result.subordinates().stream()
                .filter(s -> s.status() != ReportStatus.PUBLISHED).toList() : result.subordinates();
        int current = Page.clamp(page);
        int from = (int) Math.min((long) (current - 1) * PAGE_SIZE, shown.size());
        model.addAttribute("organisation", top);
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("period", period);
        model.addAttribute("years", IntStream.iterate(latest.year(), y -> y >= ReportPeriod.FIRST_YEAR, y -> y - 1)
                .limit(10).boxed().toList());
        model.addAttribute("result", result);
        model.addAttribute("tables", ReportLayout.tables(result.figures()));
        model.addAttribute("reconciliation", Reconciliation.of(result.figures(), Optional.empty()));
        model.addAttribute("subordinates", new Page<>(shown.subList(from, Math.min(from + PAGE_SIZE, shown.size())),
                current, PAGE_SIZE, shown.size()));
        model.addAttribute("pending", pending);
        model.addAttribute("requiredKinds", duty.kinds());
        return "report/rollup";
    }
}
