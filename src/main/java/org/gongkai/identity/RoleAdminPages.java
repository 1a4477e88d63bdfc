package org.gongkai.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The security administrator's page for one account: its roles, and unlocking it. */
@Controller
@RequestMapping("/admin/users/{id}")
class RoleAdminPages {

    private final StaffAdministration administration;
    private final RoleGrants grants;

    RoleAdminPages(StaffAdministration administration, RoleGrants grants) {
        this.administration = administration;
        this.grants = grants;
    }

    @GetMapping("/roles")
    String show(StaffUser user, @PathVariable long id, Model model) {
        AccountRow account = administration.account(user, Role.SECURITY_ADMIN, id);
        return page(user, account, account.roles(), Map.of(), model);
    }

    @PostMapping("/roles")
    String save(StaffUser user, @PathVariable long id, @RequestParam(name = "roles", required = false) List<Role> roles,
                Model model, HttpServletResponse response) {
        Set<Role> wanted = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        try {
            grants.setRoles(user, id, wanted);
            return "redirect:/admin/users/" + id + "/roles?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(user, administration.account(user, Role.SECURITY_ADMIN, id), wanted, e.fieldErrors(), model);
        }
    }

    @PostMapping("/unlock")
    String unlock(StaffUser user, @PathVariable long id) {
        grants.unlock(user, id);
        return "redirect:/admin/users/" + id + "/roles?unlocked";
    }

    private String page(StaffUser user, AccountRow account, Set<Role> checked, Map<String, String> errors, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("checked", checked);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("errors", errors);
        model.addAttribute("self", account.id() == user.id());
        return "identity/roles";
    }
}
