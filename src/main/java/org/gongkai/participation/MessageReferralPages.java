package org.gongkai.participation;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/** The form staff use to enter a message referred from a 12345 hotline, and its receipt. */
@Controller
class MessageReferralPages {

    private final ReferFromHotline refer;
    private final MessageAccess access;
    private final OrganisationDirectory organisations;

    MessageReferralPages(ReferFromHotline refer, MessageAccess access, OrganisationDirectory organisations) {
        this.refer = refer;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping("/admin/messages/referral")
    String form(StaffUser user, Model model) {
        access.requireAct(user, user.organisationId());
        prepare(model, user, MessageForm.empty(), null, Map.of());
        return "participation/referral";
    }

    @PostMapping("/admin/messages/referral")
    String refer(StaffUser user, @ModelAttribute MessageForm form, @RequestParam(required = false) String hotlineNumber,
                 HttpServletResponse response, Model model) {
        try {
            ReceiveMessage.Receipt r = refer.refer(user, form, hotlineNumber);
            model.addAttribute("receipt", r);
            model.addAttribute("hotlineNumber", hotlineNumber.strip());
            return "participation/referral-receipt";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            prepare(model, user, form, hotlineNumber, e.fieldErrors());
            return "participation/referral";
        }
    }

    private void prepare(Model model, StaffUser user, MessageForm form, String hotlineNumber, Map<String, String> errors) {
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("form", form);
        model.addAttribute("hotlineNumber", hotlineNumber);
        model.addAttribute("errors", errors);
        model.addAttribute("types", MessageType.values());
        model.addAttribute("limits", Map.of("subject", MessageForm.SUBJECT_MAX, "body", MessageForm.BODY_MAX,
                "name", MessageForm.NAME_MAX, "phone", MessageForm.PHONE_MAX, "email", MessageForm.EMAIL_MAX));
    }
}
