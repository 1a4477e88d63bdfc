package org.gongkai.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The annual report's figures for other systems (a national deployment collecting its provinces): the same
 * permissions and numbers as the report pages.
 */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/annual-reports/{year}")
@Tag(name = "Annual report", description = "Tables 二, 三 and 四 of the annual report (国办公开办函〔2021〕30号) from live data")
class ReportApi {

    @Schema(name = "AnnualReportFigures")
    record ReportJson(long organisationId, String organisationName, int year, LocalDate from, LocalDate to,
                      LocalDate deadline, @Schema(allowableValues = {"NOT_STARTED", "DRAFTING", "IN_REVIEW", "PUBLISHED"})
                      String status, ProactiveTable table2,
                      @Schema(description = "row key (一, 二, 三.（一）, 三.（三）.1 … 四) → 7 counts: 自然人, 商业企业, 科研机构, "
                              + "社会公益组织, 法律服务机构, 其他, 总计") Map<String, long[]> table3,
                      @Schema(description = "行政复议, 行政诉讼（未经复议直接起诉）, 行政诉讼（复议后起诉）: each 结果维持, 结果纠正, "
                              + "其他结果, 尚未审结, 总计") long[][] table4,
                      boolean reconciles, List<String> problems) {
    }

    @Schema(name = "AnnualReportRollUp")
    record RollUpJson(ReportJson sum, List<SubordinateJson> subordinates) {
    }

    @Schema(name = "AnnualReportSubordinate")
    record SubordinateJson(long organisationId, String name, LocalDate deadline, String status, boolean overdue) {
    }

    private final AnnualReports reports;
    private final RollUp rollUp;
    private final OrganisationDirectory organisations;
    private final MessageSource messages;

    ReportApi(AnnualReports reports, RollUp rollUp, OrganisationDirectory organisations, MessageSource messages) {
        this.reports = reports;
        this.rollUp = rollUp;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "One organisation's report figures for a period that has ended, with the template's checks")
    @ApiResponse(responseCode = "200", description = "the figures as the report page shows them now")
    @ApiResponse(responseCode = "400", description = "a period that has not ended or lies before 2008")
    @ApiResponse(responseCode = "403", description = "not the caller's organisation nor one below it, or no content role")
    ReportJson report(StaffUser user, @PathVariable long orgId, @PathVariable int year) {
        ReportState state = reports.state(user, orgId, year);
        return json(state.organisation(), state.period(), state.status(), state.live(), state.reconciliation());
    }

    @GetMapping("/rollup")
    @Operation(summary = "The sum over the organisation and everything below it, and where each subordinate's report stands")
    RollUpJson rollUp(StaffUser user, @PathVariable long orgId, @PathVariable int year) {
        reports.requireReader(user, orgId);
        Organisation top = organisations.get(orgId);
        ReportPeriod period = reports.period(top, year);
        RollUp.Result r = rollUp.of(top, period, reports.today());
        ReportJson sum = json(top, period, null, r.figures(), Reconciliation.of(r.figures(), Optional.empty()));
        return new RollUpJson(sum, r.subordinates().stream().map(s -> new SubordinateJson(s.organisation().id(),
                s.organisation().name(), s.period().deadline(), s.status().name(), s.overdue())).toList());
    }

    private ReportJson json(Organisation org, ReportPeriod p, ReportStatus status, ReportFigures f, Reconciliation checks) {
        List<String> problems = checks.problems().stream()
                .map(x -> messages.getMessage(x.key(), x.args().toArray(), x.key(), Locale.SIMPLIFIED_CHINESE)).toList();
        return new ReportJson(org.id(), org.name(), p.year(), p.from(), p.to(), p.deadline(),
                status == null ? null : status.name(), f.proactive(), f.applications().counts(),
                f.challenges().cells(), checks.passes(), problems);
    }
}
