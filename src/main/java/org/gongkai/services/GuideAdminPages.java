package org.gongkai.services;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;
import java.util.Map;

/**
 * The back office of the service catalog: the organisation's services with each guide's completeness, and a service's
 * materials (with template and sample uploads); the guide form, the service's page with its draft or newest edition,
 * the completeness check, the editions and the review, and publication in {@link EditionAdminPages}.
 */
@Controller
@RequestMapping(GuideAdminPages.BASE)
class GuideAdminPages extends EditionAdminPages<ServiceGuide, GuideForm> {

    static final String BASE = "/admin/services/guides";
    static final int PAGE_SIZE = 30;
    private static final Map<String, String> SORTS = Map.of("code", "s.code", "name", "g.name", "updated", "g.updated_at");

    private final GuideStore store;
    private final ManageGuides manage;
    private final OrganisationDirectory organisations;

    GuideAdminPages(GuideStore store, ManageGuides manage, OrganisationAccess access, OrganisationDirectory organisations,
                    ReviewView reviews) {
        super(manage, GuideForm::of, GuideForm::blank, access, reviews, BASE, "services/guide-admin", ReviewSubject.GUIDE);
        this.store = store;
        this.manage = manage;
        this.organisations = organisations;
    }

    record Row(ServiceGuide guide, GuideCompleteness.Missing missing) {
    }

    @GetMapping
    String list(StaffUser user, @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @RequestParam(required = false) Integer page, Model model) {
        access.requireRead(user, user.organisationId());
        String[] s = sort(SORTS, sort, dir);
        Page<ServiceGuide> rows = store.list(user.organisationId(), s[2], Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("checked", rows.items().stream()
                .map(g -> new Row(g, GuideCompleteness.check(g, store.materials(g.id())))).toList());
        model.addAttribute("sort", s[0]);
        model.addAttribute("dir", s[1]);
        model.addAttribute("sorts", List.of("code", "name", "updated"));
        model.addAttribute("canCreate", mayEdit(user, user.organisationId()));
        return "services/guide-admin-list";
    }

    @PostMapping("/{id}/materials")
    String addMaterial(StaffUser user, @PathVariable long id, @RequestParam(required = false) String materialName,
                       @RequestParam(required = false) boolean materialRequired,
                       @RequestParam(required = false) String materialForm,
                       @RequestParam(required = false) MultipartFile template,
                       @RequestParam(required = false) MultipartFile sample, HttpServletResponse response, Model model) {
        manage.readable(user, id);
        return ServicesForms.submit(response, () -> {
            manage.addMaterial(user, id, materialName, materialRequired, materialForm, template, sample);
            return "redirect:" + BASE + "/" + id + "?saved#materials";
        }, errors -> {
            model.addAttribute("typedMaterial", new String[]{materialName, materialForm});
            return detail(user, id, model, errors, null);
        });
    }

    @PostMapping("/{id}/materials/{materialId}/remove")
    String removeMaterial(StaffUser user, @PathVariable long id, @PathVariable long materialId) {
        manage.readable(user, id);
        manage.removeMaterial(user, id, materialId);
        return "redirect:" + BASE + "/" + id + "?saved#materials";
    }

    @Override
    void addDetails(Model model, StaffUser user, ServiceGuide current) {
        List<GuideMaterial> materials = store.materials(current.id());
        model.addAttribute("materials", materials);
        model.addAttribute("missing", GuideCompleteness.check(current, materials));
        if (!model.containsAttribute("typedMaterial")) {
            model.addAttribute("typedMaterial", new String[2]);
        }
    }
}
