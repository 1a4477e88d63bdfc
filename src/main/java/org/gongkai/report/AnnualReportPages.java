package org.gongkai.report;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.application.ApplicationFacts;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The annual report in the back office: the list of an organisation's reports with their deadlines, the page where
 * staff write sections 一, 五 and 六 and enter the counts beside the live tables and checks, generation of the
 * report document, and downloads of the live tables.
 */
@Controller
@RequestMapping("/admin/report")
class AnnualReportPages {

    private final AnnualReports reports;
    private final GenerateReportDocument generate;
    private final ReportReminders reminders;
    private final OrganisationDirectory organisations;
    private final OrganisationAccess access;
    private final CatalogTree catalog;
    private final ReportPdf pdf;
    private final MessageSource messages;
    private final ApplicationFacts applications;

    private final ObjectProvider<ReportSupplement> supplements;

    AnnualReportPages(AnnualReports reports, GenerateReportDocument generate, ReportReminders reminders,
                      OrganisationDirectory organisations, OrganisationAccess access, CatalogTree catalog, ReportPdf pdf,
                      MessageSource messages, ApplicationFacts applications,
                      ObjectProvider<ReportSupplement> supplements) {
        this.supplements = supplements;
        this.applications = applications;
        this.reports = reports;
        this.generate = generate;
        this.reminders = reminders;
        this.organisations = organisations;
        this.access = access;
        this.catalog = catalog;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping
    String index(StaffUser user, @RequestParam(required = false) Long org, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        reports.requireReader(user, orgId);
        var organisation = organisations.get(orgId);
        model.addAttribute("organisation", organisation);
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("periods", reminders.periodsOf(organisation));
        model.addAttribute("reminder", reminders.reminderFor(organisation).orElse(null));
        model.addAttribute("hasSubordinates", !organisations.children(orgId).isEmpty());
        model.addAttribute("required", reminders.required(organisation));
        return "report/index";
    }

    @GetMapping("/{year}")
    String edit(StaffUser user, @PathVariable int year, @RequestParam(required = false) Long org, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        ReportState state = reports.state(user, orgId, year);
        fill(model, user, state, ReportForm.of(state.report()));
        return "report/edit";
    }

    @PostMapping("/{year}")
    String save(StaffUser user, @PathVariable int year, @RequestParam(required = false) Long org,
                @ModelAttribute ReportForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        long orgId = org == null ? user.organisationId() : org;
        try {
            reports.save(user, orgId, year, form);
            redirect.addFlashAttribute("notice", "report.saved");
            return "redirect:/admin/report/" + year + "?org=" + orgId;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            fill(model, user, reports.state(user, orgId, year), form);
            model.addAttribute("errors", e.fieldErrors());
            return "report/edit";
        } catch (ConflictException e) {
            response.setStatus(409);
            ReportState state = reports.state(user, orgId, year);
            fill(model, user, state, new ReportForm(form.overview(), form.problems(), form.otherMatters(),
                    form.licences(), form.penalties(), form.enforcement(), form.fees(), form.catalogNodeId(),
                    Integer.toString(state.report().lockVersion())));
            model.addAttribute("conflict", e.getMessage());
            return "report/edit";
        }
    }

    @PostMapping("/{year}/generate")
    String generate(StaffUser user, @PathVariable int year, @RequestParam(required = false) Long org,
                    @RequestParam(defaultValue = "") String lockVersion, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        long orgId = org == null ? user.organisationId() : org;
        int version = new ReportForm(null, null, null, null, null, null, null, null, lockVersion).version();
        try {
            long documentId = generate.generate(user, orgId, year, version);
            redirect.addFlashAttribute("notice", "report.generated");
            redirect.addFlashAttribute("documentId", documentId);
            return "redirect:/admin/report/" + year + "?org=" + orgId;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            ReportState state = reports.state(user, orgId, year);
            fill(model, user, state, ReportForm.of(state.report()));
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("generateRefused", true);
            return "report/edit";
        }
    }

    @GetMapping("/{year}/tables.xlsx")
    ResponseEntity<byte[]> xlsx(StaffUser user, @PathVariable int year, @RequestParam(required = false) Long org) {
        ReportState state = reports.state(user, org == null ? user.organisationId() : org, year);
        return download(ReportXlsx.workbook(state.live()), AnnualReports.title(state.organisation(), state.period())
                + "（表二至表四）.xlsx", MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/{year}/report.pdf")
    Object pdf(StaffUser user, @PathVariable int year, @RequestParam(required = false) Long org, Model model,
               HttpServletResponse response) {
        ReportState state = reports.state(user, org == null ? user.organisationId() : org, year);
        String title = AnnualReports.title(state.organisation(), state.period());
        var bytes = pdf.render(title, state.live(), state.report().narratives());
        if (bytes.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("message", messages.getMessage("report.pdf.noFont", null, LocaleContextHolder.getLocale()));
            model.addAttribute("fields", Map.of());
            return "platform/error";
        }
        return download(bytes.get(), title + ".pdf", MediaType.APPLICATION_PDF);
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(type).body(bytes);
    }

    private void fill(Model model, StaffUser user, ReportState state, ReportForm form) {
        long orgId = state.organisation().id();
        model.addAttribute("state", state);
        model.addAttribute("form", form.catalogNodeId() == null || form.catalogNodeId().isBlank()
                ? withNode(form, reports.defaultNode(orgId).map(String::valueOf).orElse("")) : form);
        model.addAttribute("tables", ReportLayout.tables(state.live()));
        // section 六 reports the information processing fees: offered as recorded, the text stays the editor's
        model.addAttribute("recordedFees", applications.fees(List.of(orgId), state.period().from(), state.period().to()));
        model.addAttribute("reportTitle", AnnualReports.title(state.organisation(), state.period()));
        // sections 一 and 六 are written by people; other modules' figures of the period are shown beside them
        List<ReportSupplement.Section> offered = supplements.orderedStream()
                .flatMap(s -> s.forReport(orgId, state.period(), LocaleContextHolder.getLocale()).stream()).toList();
        model.addAttribute("overviewSupplements", offered.stream()
                .filter(s -> s.part() == ReportSupplement.Part.OVERVIEW).toList());
        model.addAttribute("supplements", offered.stream()
                .filter(s -> s.part() == ReportSupplement.Part.OTHER_MATTERS).toList());
        model.addAttribute("canEdit", access.canEdit(user, orgId) && user.hasAny(
                Role.EDITOR, Role.DISCLOSURE_OFFICER));
        model.addAttribute("canGenerate", access.canEdit(user, orgId) && user.has(Role.EDITOR));
        model.addAttribute("nodes", catalog.nodesOf(orgId));
        model.addAttribute("pdfAvailable", pdf.available());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    private static ReportForm withNode(ReportForm f, String node) {
        return new ReportForm(f.overview(), f.problems(), f.otherMatters(), f.licences(), f.penalties(),
                f.enforcement(), f.fees(), node, f.lockVersion());
    }
}
