package org.gongkai.services;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;

/**
 * The back office of the lists of powers and approval items: the list here; the item form, the item with its editions
 * and review, and publication in {@link EditionAdminPages}.
 */
@Controller
@RequestMapping(PowerAdminPages.BASE)
class PowerAdminPages extends EditionAdminPages<PowerEdition, PowerForm> {

    static final String BASE = "/admin/services/powers";
    static final int PAGE_SIZE = 30;
    private static final Map<String, String> SORTS = Map.of("code", "p.code", "name", "e.name", "updated", "e.updated_at");

    private final PowerStore store;
    private final OrganisationDirectory organisations;

    PowerAdminPages(PowerStore store, ManagePowers manage, OrganisationAccess access, OrganisationDirectory organisations,
                    ReviewView reviews) {
        super(manage, PowerForm::of, PowerForm::blank, access, reviews, BASE, "services/power-admin", ReviewSubject.POWER);
        this.store = store;
        this.organisations = organisations;
    }

    @GetMapping
    String list(StaffUser user, @RequestParam(required = false) String list, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        access.requireRead(user, user.organisationId());
        PowerList l = list == null || list.isBlank() ? null : PowerList.parse(list);
        if (list != null && !list.isBlank() && l == null) {
            throw InvalidInputException.of("list", "svc.power.error.list");
        }
        String[] s = sort(SORTS, sort, dir);
        Page<PowerEdition> rows = store.list(user.organisationId(), l, s[2], Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("lists", PowerList.values());
        model.addAttribute("list", l == null ? null : l.name());
        model.addAttribute("sort", s[0]);
        model.addAttribute("dir", s[1]);
        model.addAttribute("sorts", List.of("code", "name", "updated"));
        model.addAttribute("canCreate", mayEdit(user, user.organisationId()));
        return "services/power-admin-list";
    }

    @Override
    void addFormChoices(Model model) {
        model.addAttribute("lists", PowerList.values());
    }
}
