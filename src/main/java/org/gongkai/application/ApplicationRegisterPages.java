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
import java.util.Arrays;
import java.util.Map;

/** Registration by staff of an application that came in person, by post, fax, e-mail or orally. */
@Controller
class ApplicationRegisterPages {

    private final OfficeAccess access;
    private final OrganisationDirectory organisations;
    private final Today today;
    private final ReceiveApplication receive;

    ApplicationRegisterPages(OfficeAccess access, OrganisationDirectory organisations, Today today,
                             ReceiveApplication receive) {
        this.access = access;
        this.organisations = organisations;
        this.today = today;
        this.receive = receive;
    }

    @GetMapping("/admin/applications/new")
    String newForm(StaffUser user, Model model) {
        access.requireAct(user, user.organisationId());
        ApplicationForm empty = ApplicationForm.empty();
        prepareRegister(model, user, new ApplicationForm(empty.applicantType(), null, empty.idType(), null, null, null,
                null, null, null, null, null, null, null, null, null, "PAPER", null, "IN_PERSON", today.date().toString()), Map.of());
        return "application/register";
    }

    @PostMapping("/admin/applications")
    String register(StaffUser user, @ModelAttribute ApplicationForm form, @RequestParam(required = false) String note,
                    HttpServletResponse response, Model model) {
        access.requireAct(user, user.organisationId());
        FormValidation v = new FormValidation();
        FormValidation.Parts parts = v.check(form);
        Channel channel = v.parse(Channel.class, form.channel(), "channel");
        if (channel == Channel.ONLINE) {
            v.errors.putIfAbsent("channel", "app.error.choice");
        }
        LocalDate receivedOn = null;
        try {
            receivedOn = form.receivedOn() == null || form.receivedOn().isBlank() ? null : LocalDate.parse(form.receivedOn().trim());
        } catch (java.time.format.DateTimeParseException e) {
            v.errors.putIfAbsent("receivedOn", "app.error.date");
        }
        if (receivedOn == null) {
            v.errors.putIfAbsent("receivedOn", "app.error.required");
        } else if (receivedOn.isAfter(today.date())) {
            v.errors.putIfAbsent("receivedOn", "app.error.dateFuture");
        } else if (receivedOn.isBefore(today.date().minusYears(1))) {
            v.errors.putIfAbsent("receivedOn", "app.error.dateTooOld");
        }
        if (!v.errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            prepareRegister(model, user, form, v.errors);
            return "application/register";
        }
        Organisation o = organisations.get(user.organisationId());
        ReceiveApplication.Receipt r = receive.offline(user, o, parts, channel, receivedOn, note);
        model.addAttribute("receipt", r);
        model.addAttribute("organisation", o);
        return "application/registered";
    }

    private void prepareRegister(Model model, StaffUser user, ApplicationForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("channels", Arrays.stream(Channel.values()).filter(c -> c != Channel.ONLINE).toList());
        model.addAttribute("organisation", organisations.get(user.organisationId()));
    }
}
