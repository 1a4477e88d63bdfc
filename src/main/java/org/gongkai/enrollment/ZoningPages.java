package org.gongkai.enrollment;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The back office of school districts: a county's zonings by year, one zoning's rules (paged, by school), the rule
 * form, the import of a file and the publication. Reading follows {@link OrganisationAccess} (own organisation and
 * those below); the actions check their own roles ({@link ZoningRules}).
 */
@Controller
class ZoningPages {

    static final int PAGE_SIZE = 50;
    static final long MAX_FILE = 20L * 1024 * 1024;
    static final int OVERLAPS_SHOWN = 50;
    private static final List<String> RULE_FIELDS =
            List.of("school", "street", "numberFrom", "numberTo", "parity", "compound", "note");

    private final ZoningRules rules;
    private final ZoningStore store;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    ZoningPages(ZoningRules rules, ZoningStore store, OrganisationAccess access, OrganisationDirectory organisations,
                Clock clock) {
        this.rules = rules;
        this.store = store;
        this.access = access;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/admin/school-districts")
    String list(StaffUser user, @RequestParam(required = false) Long org, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        return listPage(model, user, orgId, null, Map.of());
    }

    @PostMapping("/admin/school-districts")
    String open(StaffUser user, @RequestParam(required = false) String year,
                @RequestParam(required = false) Boolean copy, HttpServletResponse response, Model model) {
        return AdminForms.submit(response,
                () -> "redirect:/admin/school-districts/" + rules.open(user, user.organisationId(), AdminForms.year(year),
                        copy != null && copy),
                errors -> listPage(model, user, user.organisationId(), year, errors));
    }

    private String listPage(Model model, StaffUser user, long orgId, String year, Map<String, String> errors) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("zonings", store.ofOrganisation(orgId));
        model.addAttribute("canEdit", access.canEdit(user, orgId) && user.hasAny(Role.EDITOR, Role.PUBLISHER));
        model.addAttribute("year", AdminForms.proposedYear(year, clock));
        model.addAttribute("errors", errors);
        return "enrollment/zonings";
    }

    @GetMapping("/admin/school-districts/{id}")
    String view(StaffUser user, @PathVariable long id, @RequestParam(required = false) String school,
                @RequestParam(required = false) Integer page, Model model) {
        Zoning z = rules.readable(user, id);
        return viewPage(model, user, z, school, page, Map.of(), null);
    }

    private String viewPage(Model model, StaffUser user, Zoning z, String school, Integer page,
                            Map<String, String> publishErrors, RuleFile.Result imported) {
        String s = school == null || school.isBlank() ? null : school.strip();
        Page<ZoningRule> rows = store.rules(z.id(), s, Page.clamp(page), PAGE_SIZE);
        boolean mine = access.canEdit(user, z.organisationId());
        model.addAttribute("zoning", z);
        model.addAttribute("organisation", organisations.get(z.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("school", s);
        model.addAttribute("schools", store.schools(z.id()));
        model.addAttribute("canEdit", mine && !z.published() && user.hasAny(Role.EDITOR, Role.PUBLISHER));
        model.addAttribute("canPublish", mine && !z.published() && user.hasAny(Role.PUBLISHER));
        model.addAttribute("errors", publishErrors);
        model.addAttribute("imported", imported);
        model.addAttribute("overlaps", z.published() ? List.of() : Overlaps.of(store.allRules(z.id()), OVERLAPS_SHOWN + 1));
        model.addAttribute("overlapsShown", OVERLAPS_SHOWN);
        model.addAttribute("publicPath", PublishedZoning.lookUpPath(organisations.get(z.organisationId()).slug()));
        return "enrollment/zoning";
    }

    @PostMapping("/admin/school-districts/{id}/import")
    String importFile(StaffUser user, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
                      HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
        Zoning z = rules.readable(user, id);
        if (file == null || file.isEmpty() || file.getSize() > MAX_FILE) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileError", file == null || file.isEmpty() ? "zoning.import.noFile" : "zoning.import.tooLarge");
            return viewPage(model, user, z, null, 1, Map.of(), null);
        }
        RuleFile.Result result = rules.importRules(user, id, file.getOriginalFilename(), file.getBytes());
        if (!result.ok()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return viewPage(model, user, z, null, 1, Map.of(), result);
        }
        redirect.addFlashAttribute("notice", "zoning.import.done");
        redirect.addFlashAttribute("noticeCount", result.rules().size());
        return "redirect:/admin/school-districts/" + id;
    }

    @PostMapping("/admin/school-districts/{id}/publish")
    String publish(StaffUser user, @PathVariable long id, @RequestParam(required = false) String decisionTitle,
                   @RequestParam(required = false) String decisionUrl, @RequestParam(required = false) String version,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Zoning z = rules.readable(user, id);
        return AdminForms.submit(response, () -> {
            rules.publish(user, id, decisionTitle, decisionUrl, version);
            redirect.addFlashAttribute("notice", "zoning.published");
            return "redirect:/admin/school-districts/" + id;
        }, errors -> {
            model.addAttribute("decisionTitle", decisionTitle);
            model.addAttribute("decisionUrl", decisionUrl);
            return viewPage(model, user, z, null, 1, errors, null);
        });
    }

    @GetMapping("/admin/school-districts/{id}/rules/new")
    String newRule(StaffUser user, @PathVariable long id, Model model) {
        Zoning z = rules.readable(user, id);
        return ruleForm(model, z, null, new RuleChecks.Raw(null, null, null, null, "ALL", null, null), Map.of());
    }

    @PostMapping("/admin/school-districts/{id}/rules")
    String addRule(StaffUser user, @PathVariable long id, @ModelAttribute RuleChecks.Raw form,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Zoning z = rules.readable(user, id);
        return AdminForms.submit(response, () -> {
            rules.addRule(user, id, form);
            redirect.addFlashAttribute("notice", "zoning.rule.saved");
            return "redirect:/admin/school-districts/" + id + "?school=" + java.net.URLEncoder.encode(
                    form.school().strip(), java.nio.charset.StandardCharsets.UTF_8);
        }, errors -> ruleForm(model, z, null, form, inFormOrder(errors)));
    }

    @GetMapping("/admin/school-districts/{id}/rules/{ruleId}/edit")
    String editRule(StaffUser user, @PathVariable long id, @PathVariable long ruleId, Model model) {
        Zoning z = rules.readable(user, id);
        ZoningRule r = rules.ruleOf(z, ruleId);
        RuleChecks.Raw form = new RuleChecks.Raw(r.school(), r.street(), r.numberFrom() == null ? null : r.numberFrom().toString(),
                r.numberTo() == null ? null : r.numberTo().toString(), r.parity().name(), r.compound(), r.note());
        return ruleForm(model, z, r, form, Map.of());
    }

    @PostMapping("/admin/school-districts/{id}/rules/{ruleId}")
    String updateRule(StaffUser user, @PathVariable long id, @PathVariable long ruleId,
                      @ModelAttribute RuleChecks.Raw form, HttpServletResponse response, Model model,
                      RedirectAttributes redirect) {
        Zoning z = rules.readable(user, id);
        ZoningRule r = rules.ruleOf(z, ruleId);
        return AdminForms.submit(response, () -> {
            rules.updateRule(user, id, ruleId, form);
            redirect.addFlashAttribute("notice", "zoning.rule.saved");
            return "redirect:/admin/school-districts/" + id;
        }, errors -> ruleForm(model, z, r, form, inFormOrder(errors)));
    }

    @PostMapping("/admin/school-districts/{id}/rules/{ruleId}/delete")
    String deleteRule(StaffUser user, @PathVariable long id, @PathVariable long ruleId, RedirectAttributes redirect) {
        rules.readable(user, id);
        rules.deleteRule(user, id, ruleId);
        redirect.addFlashAttribute("notice", "zoning.rule.deleted");
        return "redirect:/admin/school-districts/" + id;
    }

    private String ruleForm(Model model, Zoning z, ZoningRule rule, RuleChecks.Raw form, Map<String, String> errors) {
        if (z.published()) {
            throw new ConflictException("zoning.error.published");
        }
        model.addAttribute("zoning", z);
        model.addAttribute("organisation", organisations.get(z.organisationId()));
        model.addAttribute("rule", rule);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("parities", Parity.values());
        return "enrollment/rule-form";
    }

    static Map<String, String> inFormOrder(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        RULE_FIELDS.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
