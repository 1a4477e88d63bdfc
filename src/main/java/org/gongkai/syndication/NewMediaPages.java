package org.gongkai.syndication;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.document.DocumentQueries;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * The back office of the 政务新媒体 register: the organisation's accounts with their flags (dormant, no interaction),
 * the form, and each account's page with its posting log, a post form, an import of lines and its interaction state.
 */
@Controller
class NewMediaPages {

    static final int POSTS_PAGE = 20;

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

    @GetMapping("/admin/new-media/{id}")
    String account(StaffUser user, @PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        return account(user, id, page, model, Map.of(), Map.of(), null);
    }

    @PostMapping("/admin/new-media/{id}/posted")
    String posted(StaffUser user, @PathVariable long id, @RequestParam(required = false) String lastPostOn,
                  @RequestParam(required = false) String title, @RequestParam(required = false) String url,
                  HttpServletResponse response, Model model) {
        try {
            register.recordPost(user, id, lastPostOn, title, url);
            return "redirect:/admin/new-media/" + id + "?recorded";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return account(user, id, null, model, e.fieldErrors(),
                    Map.of("lastPostOn", nz(lastPostOn), "title", nz(title), "url", nz(url)), null);
        }
    }

    @PostMapping("/admin/new-media/{id}/import")
    String importPosts(StaffUser user, @PathVariable long id, @RequestParam(required = false) String lines,
                       HttpServletResponse response, Model model,
                       org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            int[] result = register.importPosts(user, id, lines);
            redirect.addAttribute("imported", result[0]);
            redirect.addAttribute("skipped", result[1]);
            return "redirect:/admin/new-media/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Integer line = e instanceof NewMediaRegister.BadLine b ? b.line() : null;
            return account(user, id, null, model, e.fieldErrors(), Map.of("lines", nz(lines)), line);
        }
    }

    @PostMapping("/admin/new-media/{id}/interaction")
    String interaction(StaffUser user, @PathVariable long id, @RequestParam(required = false) String interaction,
                       HttpServletResponse response, Model model) {
        try {
            register.setInteraction(user, id, interaction);
            return "redirect:/admin/new-media/" + id + "?interaction";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return account(user, id, null, model, e.fieldErrors(), Map.of(), null);
        }
    }

    private String account(StaffUser user, long id, Integer page, Model model, Map<String, String> errors,
                           Map<String, String> form, Integer badLine) {
        NewMediaAccount a = register.get(user, id);
        model.addAttribute("account", a);
        model.addAttribute("posts", register.posts(user, id, Page.clamp(page), POSTS_PAGE));
        model.addAttribute("register", register);
        model.addAttribute("canKeep", user.hasAny(NewMediaRegister.KEEPERS) && a.organisationId() == user.organisationId());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("badLine", badLine);
        model.addAttribute("today", register.today());
        return "syndication/new-media-account";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
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
