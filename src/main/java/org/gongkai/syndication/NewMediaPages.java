package org.gongkai.syndication;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.document.DocumentQueries;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/** The back office of the 政务新媒体 register: the organisation's accounts with their dormancy, and the form. */
@Controller
class NewMediaPages {

    private final NewMediaRegister register;
    private final DocumentQueries documents;
    private final OrganisationDirectory organisations;

    NewMediaPages(NewMediaRegister register, DocumentQueries documents, OrganisationDirectory organisations) {
        this.register = register;
        this.documents = documents;
        this.organisations = organisations;
    }

    @GetMapping("/admin/new-media")
    String list(StaffUser user, Model model) {
        documents.requireReader(user, user.organisationId());
        return page(user, model, NewMediaInput.blank(), Map.of(), null);
    }

    @PostMapping("/admin/new-media")
    String create(StaffUser user, @ModelAttribute NewMediaInput in, HttpServletResponse response, Model model) {
        try {
            register.register(user, in);
            return "redirect:/admin/new-media?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(user, model, in, e.fieldErrors(), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(user, model, in, Map.of(), e.getMessage());
        }
    }

    @PostMapping("/admin/new-media/{id}/posted")
    String posted(StaffUser user, @PathVariable long id, @RequestParam(required = false) String lastPostOn) {
        register.recordPost(user, id, lastPostOn);
        return "redirect:/admin/new-media?recorded";
    }

    private String page(StaffUser user, Model model, NewMediaInput in, Map<String, String> errors, String problem) {
        Organisation org = organisations.find(user.organisationId())
                .orElseThrow(() -> new NotFoundException("organisation", user.organisationId()));
        model.addAttribute("organisation", org);
        model.addAttribute("accounts", register.of(org.id()));
        model.addAttribute("register", register);
        model.addAttribute("canKeep", user.hasAny(NewMediaRegister.KEEPERS));
        model.addAttribute("platforms", NewMediaPlatform.values());
        model.addAttribute("input", in);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("today", register.today());
        return "syndication/new-media";
    }
}
