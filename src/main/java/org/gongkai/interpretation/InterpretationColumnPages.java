package org.gongkai.interpretation;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A site's interpretation column (政策解读): its published interpretations, newest first, filterable by form. The
 * site's frame (header, navigation) is filled by the portal from the {@code org} in the model.
 */
@Controller
class InterpretationColumnPages {

    static final int PAGE_SIZE = 20;

    private final PublicInterpretations interpretations;
    private final OrganisationDirectory organisations;

    InterpretationColumnPages(PublicInterpretations interpretations, OrganisationDirectory organisations) {
        this.interpretations = interpretations;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/interpretations")
    String column(@PathVariable String slug, @RequestParam(required = false) String form,
                  @RequestParam(required = false) Integer page, Model model) {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        InterpretationForm f = null;
        if (form != null && !form.isBlank()) {
            try {
                f = InterpretationForm.valueOf(form.strip());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("form", "interp.error.form");
            }
        }
        Page<PublicInterpretations.ColumnItem> items = interpretations.column(org.id(), f, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("org", org);
        model.addAttribute("items", items);
        model.addAttribute("form", f);
        model.addAttribute("forms", InterpretationForm.values());
        return "interpretation/column";
    }
}
