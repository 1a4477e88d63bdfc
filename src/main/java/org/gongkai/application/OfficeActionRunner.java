package org.gongkai.application;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an office action posted from the application's page; when it is refused, shows the page again with the reason
 * and with what the person typed in the form's text fields, instead of an error page that loses it.
 */
@Component
class OfficeActionRunner {

    /** An office action's refusal, shown on the application page above its forms. */
    record ActionError(String key, Object[] args) {
    }

    private final ApplicationCaseModel page;

    OfficeActionRunner(ApplicationCaseModel page) {
        this.page = page;
    }

    /** @param typed what the person typed, by field name, shown again when the action is refused */
    String run(StaffUser user, long id, Model model, HttpServletResponse res, Map<String, String> typed,
               Runnable action) {
        try {
            action.run();
            return "redirect:/admin/applications/" + id;
        } catch (InvalidInputException e) {
            res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("actionErrors", e.fieldErrors().values().stream()
                    .map(key -> new ActionError(key, new Object[0])).toList());
        } catch (ConflictException e) {
            res.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("actionErrors", List.of(new ActionError(e.getMessage(), e.args())));
        }
        model.addAttribute("typed", typed);
        return page.fill(user, id, model);
    }

    /** Field names and values, in pairs; fields left empty are left out. */
    static Map<String, String> typed(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                m.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return m;
    }
}
