package org.gongkai.participation;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The reply period of each type of message at the signed-in person's organisation. */
@Controller
class MessageSettingsPages {

    private final ReplyClock clock;
    private final ReplyPeriods periods;
    private final MessageAccess access;
    private final OrganisationDirectory organisations;

    MessageSettingsPages(ReplyClock clock, ReplyPeriods periods, MessageAccess access,
                         OrganisationDirectory organisations) {
        this.clock = clock;
        this.periods = periods;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping("/admin/messages/settings")
    String settings(StaffUser user, Model model) {
        access.requireAct(user, user.organisationId());
        Map<String, String> typed = new LinkedHashMap<>();
        clock.periods(user.organisationId()).forEach((t, d) -> typed.put(t.name(), String.valueOf(d)));
        return page(model, user, typed, Map.of());
    }

    @PostMapping("/admin/messages/settings")
    String save(StaffUser user, @RequestParam Map<String, String> params, HttpServletResponse response, Model model) {
        Map<MessageType, String> typed = new EnumMap<>(MessageType.class);
        Map<String, String> shown = new LinkedHashMap<>();
        for (MessageType t : MessageType.values()) {
            typed.put(t, params.get("days" + t.name()));
            shown.put(t.name(), params.get("days" + t.name()));
        }
        try {
            periods.save(user, typed);
            return "redirect:/admin/messages/settings?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, user, shown, e.fieldErrors());
        }
    }

    private String page(Model model, StaffUser user, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("types", MessageType.values());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("defaultDays", clock.defaultDays());
        model.addAttribute("min", ReplyPeriods.MIN);
        model.addAttribute("max", ReplyPeriods.MAX);
        return "participation/settings";
    }
}
