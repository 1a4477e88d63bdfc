package org.gongkai.platform;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Puts the navigation the signed-in user may use into every page's model. */
@ControllerAdvice
class AdminNav {
    private final List<AdminNavItem> items;

    AdminNav(List<AdminNavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(AdminNavItem::order)).toList();
    }

    @ModelAttribute("adminNav")
    List<AdminNavItem> adminNav() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return List.of();
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a).collect(Collectors.toSet());
        return items.stream().filter(i -> i.shownTo(auth, roles)).toList();
    }
}
