package org.gongkai.application;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Migration mode ({@link MigrateApplication}): the disclosure officer registers an application answered before. */
@Controller
class ApplicationMigrationPages {

    private final OfficeAccess access;
    private final OrganisationDirectory organisations;
    private final MigrateApplication migrate;

    ApplicationMigrationPages(OfficeAccess access, OrganisationDirectory organisations, MigrateApplication migrate) {
        this.access = access;
        this.organisations = organisations;
        this.migrate = migrate;
    }

    @GetMapping("/admin/applications/migrate")
    String form(StaffUser user, Model model) {
        access.requireAct(user, user.organisationId());
        ApplicationForm e = ApplicationForm.empty();
        prepare(model, user, new ApplicationForm(e.applicantType(), null, e.idType(), null, null, null, null, null, null,
                null, null, null, null, null, null, "PAPER", null, "POST", null), Map.of(), Map.of());
        return "application/migrate";
    }

    @PostMapping("/admin/applications/migrate")
    String register(StaffUser user, @ModelAttribute ApplicationForm form,
                    @RequestParam(required = false) String repliedOn, @RequestParam(required = false) String outcome,
                    @RequestParam(required = false) String earlierNumber,
                    @RequestParam(required = false) String replyText, HttpServletResponse response, Model model) {
        access.requireAct(user, user.organisationId());
        Organisation org = organisations.get(user.organisationId());
        FormValidation v = new FormValidation();
        FormValidation.Parts parts = v.check(form);
        Channel channel = v.parse(Channel.class, form.channel(), "channel");
        if (channel == Channel.ONLINE) {
            channel = null;
        }
        Map<String, String> errors = new LinkedHashMap<>(v.errors);
        LocalDate received = date(form.receivedOn(), "receivedOn", errors);
        LocalDate replied = date(repliedOn, "repliedOn", errors);
        ReplyOutcome chosen = Arrays.stream(ReplyOutcome.values()).filter(o -> o.name().equals(outcome)).findFirst()
                .orElse(null);
        var earlier = new MigrateApplication.Earlier(channel, received, replied, chosen, blankToNull(earlierNumber),
                blankToNull(replyText));
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("repliedOn", repliedOn);
        typed.put("outcome", outcome);
        typed.put("earlierNumber", earlierNumber);
        typed.put("replyText", replyText);
        migrate.check(org, v.errors.isEmpty() ? parts : null, earlier).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            prepare(model, user, form, errors, typed);
            return "application/migrate";
        }
        DisclosureApplication app = migrate.migrate(user, org, parts, earlier);
        return "redirect:/admin/applications/" + app.id();
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(field, "app.error.date");
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void prepare(Model model, StaffUser user, ApplicationForm form, Map<String, String> errors,
                         Map<String, String> typed) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("channels", Arrays.stream(Channel.values()).filter(c -> c != Channel.ONLINE).toList());
        model.addAttribute("groups", OutcomeGroup.values());
        model.addAttribute("outcomes", ReplyOutcome.values());
        model.addAttribute("organisation", organisations.get(user.organisationId()));
    }
}
