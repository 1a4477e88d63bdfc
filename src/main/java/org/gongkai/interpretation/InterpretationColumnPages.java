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
        model.addAttribute("org", org);
        return fill(org, form, page, model);
    }

    /**
     * The column across sites: every organisation's published interpretations, each naming its organisation. The frame
     * is the site the visitor came from ({@code ?site=}), as for the other pages that belong to no one site.
     */
    @GetMapping("/interpretations")
    String acrossSites(@RequestParam(required = false) String form, @RequestParam(required = false) Integer page,
                       Model model) {
        return fill(null, form, page, model);
    }

    private String fill(Organisation org, String form, Integer page, Model model) {
        InterpretationForm f = null;
        if (form != null && !form.isBlank()) {
            try {
                f = InterpretationForm.valueOf(form.strip());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("form", "interp.error.form");
            }
        }
        Page<PublicInterpretations.ColumnItem> items = interpretations.column(org == null ? null : org.id(), f,
                Page.clamp(page), PAGE_SIZE);
        model.addAttribute("items", items);
        model.addAttribute("acrossSites", org == null);
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (org == null) {
            items.items().forEach(i -> names.computeIfAbsent(i.organisationId(),
                    id -> organisations.find(id).map(Organisation::name).orElse("")));
        }
        model.addAttribute("organisationNames", names);
        model.addAttribute("form", f);
        model.addAttribute("forms", InterpretationForm.values());
        return "interpretation/column";
    }
}
