package org.gongkai.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * Accounts of the administrator's organisation and those below it. The system administrator creates, disables,
 * enables and resets accounts; the security administrator sees the same list to reach the roles page.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminPages {

    static final int PAGE_SIZE = 20;

    private final StaffAdminStore store;
    private final StaffAdministration administration;
    private final OrganisationDirectory directory;
    private final AdminScope scope;

    UserAdminPages(StaffAdminStore store, StaffAdministration administration, OrganisationDirectory directory,
                        AdminScope scope) {
        this.store = store;
        this.administration = administration;
        this.directory = directory;
        this.scope = scope;
    }

    @GetMapping
    String list(StaffUser user, @RequestParam(defaultValue = "1") int page,
                @RequestParam(defaultValue = "username") String sort, @RequestParam(defaultValue = "asc") String dir,
                @RequestParam(name = "org", required = false) Long org, Model model) {
        if (!user.hasAny(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN)) {
            throw new ForbiddenException("access.role");
        }
        if (org != null) {
            scope.require(user, user.has(Role.SYSTEM_ADMIN) ? Role.SYSTEM_ADMIN : Role.SECURITY_ADMIN, org);
        }
        model.addAttribute("accounts", store.list(user.organisationId(), org, sort, dir, page, PAGE_SIZE));
        model.addAttribute("organisations", OrgEntry.outline(directory.subtree(user.organisationId())));
        model.addAttribute("org", org);
        model.addAttribute("systemAdmin", user.has(Role.SYSTEM_ADMIN));
        model.addAttribute("securityAdmin", user.has(Role.SECURITY_ADMIN));
        model.addAttribute("me", user.id());
        return "identity/users";
    }

    @GetMapping("/new")
    String newForm(StaffUser user, @RequestParam(name = "org", required = false) Long org, Model model) {
        scope.require(user, Role.SYSTEM_ADMIN, org == null ? user.organisationId() : org);
        return form(user, String.valueOf(org == null ? user.organisationId() : org), "", "", Map.of(), model);
    }

    @PostMapping("/new")
    String create(StaffUser user, @RequestParam(defaultValue = "") String organisationId,
                  @RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                  Model model, HttpServletResponse response) {
        scope.requireRole(user, Role.SYSTEM_ADMIN);
        long orgId;
        try {
            orgId = Long.parseLong(organisationId.strip());
        } catch (NumberFormatException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(user, organisationId, username, displayName, Map.of("organisationId", "user.organisation.invalid"), model);
        }
        try {
            StaffAdministration.OneTimePassword created = administration.create(user, orgId, username, displayName);
            return oneTimePassword(created, "created", model, response);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(user, organisationId, username, displayName, e.fieldErrors(), model);
        }
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(StaffUser user, @PathVariable long id, @RequestParam boolean enabled) {
        administration.setEnabled(user, id, enabled);
        return "redirect:/admin/users?" + (enabled ? "enabled" : "disabled") + "=" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(StaffUser user, @PathVariable long id, Model model, HttpServletResponse response) {
        return oneTimePassword(administration.resetPassword(user, id), "reset", model, response);
    }

    private String oneTimePassword(StaffAdministration.OneTimePassword otp, String what, Model model,
                                   HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("account", otp.account());
        model.addAttribute("password", otp.password());
        model.addAttribute("what", what);
        return "identity/one-time-password";
    }

    private String form(StaffUser user, String organisationId, String username, String displayName,
                        Map<String, String> errors, Model model) {
        model.addAttribute("organisations", OrgEntry.outline(directory.subtree(user.organisationId())));
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("username", username);
        model.addAttribute("displayName", displayName);
        model.addAttribute("errors", errors);
        return "identity/user-new";
    }
}
