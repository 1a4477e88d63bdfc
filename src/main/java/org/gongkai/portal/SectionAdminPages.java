package org.gongkai.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/** Back office: the publisher edits the texts of the own organisation's guide and rules sections. */
@Controller
@RequestMapping("/admin/portal/sections")
class SectionAdminPages {

    private final SectionEditing editing;
    private final SectionTexts texts;
    private final OrganisationDirectory organisations;

    SectionAdminPages(SectionEditing editing, SectionTexts texts, OrganisationDirectory organisations) {
        this.editing = editing;
        this.texts = texts;
        this.organisations = organisations;
    }

    @GetMapping
    String form(StaffUser user, Model model) {
        long org = user.organisationId();
        editing.requireEditor(user, org);
        return page(model, org, body(org, SectionTexts.Section.GUIDE), body(org, SectionTexts.Section.RULES), Map.of());
    }

    @PostMapping
    String save(StaffUser user, @RequestParam(defaultValue = "") String guide, @RequestParam(defaultValue = "") String rules,
                Model model, HttpServletResponse response) {
        long org = user.organisationId();
        try {
            editing.save(user, org, guide, rules);
            return "redirect:/admin/portal/sections?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, org, guide, rules, e.fieldErrors());
        }
    }

    private String body(long org, SectionTexts.Section section) {
        return texts.find(org, section).map(SectionTexts.SectionText::body).orElse("");
    }

    private String page(Model model, long orgId, String guide, String rules, Map<String, String> errors) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("guide", guide);
        model.addAttribute("rules", rules);
        model.addAttribute("errors", errors);
        return "portal/admin-sections";
    }
}
