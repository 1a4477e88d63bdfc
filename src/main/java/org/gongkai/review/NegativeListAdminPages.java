package org.gongkai.review;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Back office of the negative list: the security administrator keeps it; reviewers read it. */
@Controller
@RequestMapping("/admin/negative-list")
class NegativeListAdminPages {

    private final NegativeList list;
    private final NegativeListEditor editor;
    private final OrganisationAccess access;
    private final Clock clock;

    NegativeListAdminPages(NegativeList list, NegativeListEditor editor, OrganisationAccess access, Clock clock) {
        this.list = list;
        this.editor = editor;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String index(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.SECURITY_ADMIN, Role.REVIEWER);
        List<NegativeListEntry> effective = list.effectiveFor(user.organisationId());
        model.addAttribute("own", effective.stream().filter(e -> e.organisationId() == user.organisationId()).toList());
        model.addAttribute("inherited", effective.stream().filter(e -> e.organisationId() != user.organisationId()).toList());
        model.addAttribute("today", LocalDate.now(clock.withZone(org.gongkai.platform.Zones.CHINA)));
        model.addAttribute("canEdit", user.has(Role.SECURITY_ADMIN));
        return "review/negative-list";
    }

    @GetMapping("/new")
    String newForm(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.SECURITY_ADMIN);
        return form(model, null, new Form("", "", "", "", LocalDate.now(clock.withZone(org.gongkai.platform.Zones.CHINA)).plusYears(1).toString(), 0), null);
    }

    @PostMapping
    String create(StaffUser user, Form form, Model model, HttpServletResponse response) {
        try {
            editor.create(user, form.draft());
            return "redirect:/admin/negative-list?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null, form, e);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(StaffUser user, @PathVariable long id, Model model) {
        access.requireRole(user, user.organisationId(), Role.SECURITY_ADMIN);
        NegativeListEntry e = own(user, id);
        return form(model, e, new Form(e.category().name(), e.legalBasis(), e.description(), String.join("\n", e.terms()),
                e.reviewDate().toString(), e.version()), null);
    }

    @PostMapping("/{id}")
    String update(StaffUser user, @PathVariable long id, Form form, Model model, HttpServletResponse response) {
        try {
            editor.update(user, id, form.version() == null ? -1 : form.version(), form.draft());
            return "redirect:/admin/negative-list?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, own(user, id), form, e);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(StaffUser user, @PathVariable long id, @RequestParam int version) {
        editor.delete(user, id, version);
        return "redirect:/admin/negative-list?deleted";
    }

    private NegativeListEntry own(StaffUser user, long id) {
        return list.find(id).filter(e -> e.organisationId() == user.organisationId())
                .orElseThrow(() -> new NotFoundException("negative-list entry", id));
    }

    private String form(Model model, NegativeListEntry entry, Form form, InvalidInputException error) {
        model.addAttribute("entry", entry);
        model.addAttribute("form", form);
        model.addAttribute("categories", NegativeCategory.values());
        model.addAttribute("errors", error == null ? java.util.Map.of() : error.fieldErrors());
        model.addAttribute("badTerm", error == null ? null : form.termList().stream()
                .filter(t -> NegativeTerm.problem(t) != null).findFirst().orElse(null));
        return "review/negative-list-form";
    }

    /** The form as posted. */
    record Form(String category, String legalBasis, String description, String terms, String reviewDate, Integer version) {

        List<String> termList() {
            return terms == null ? List.of() : Arrays.stream(terms.split("\\R")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        }

        NegativeListDraft draft() {
            NegativeCategory c = Arrays.stream(NegativeCategory.values()).filter(v -> v.name().equals(category))
                    .findFirst().orElse(null);
            LocalDate date;
            try {
                date = reviewDate == null || reviewDate.isBlank() ? null : LocalDate.parse(reviewDate.strip());
            } catch (DateTimeParseException e) {
                date = null;
            }
            return new NegativeListDraft(c, legalBasis, description, termList(), date);
        }
    }
}
