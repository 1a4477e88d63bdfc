package org.gongkai.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;

    StaffUserDetailsService(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccounts.Account a = accounts.findByUsername(username == null ? "" : username.trim().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        StaffUser user = new StaffUser(a.id(), a.username(), a.displayName(), a.organisationId(), accounts.roles(a.id()));
        return new StaffPrincipal(user, a.passwordHash(), a.enabled(), a.lockedUntil(), a.mustChangePassword());
    }

    /** The current state of a signed-in user; empty when the account was disabled or deleted meanwhile. */
    java.util.Optional<StaffUser> reload(String username) {
        return accounts.findByUsername(username).filter(StaffAccounts.Account::enabled)
                .map(a -> new StaffUser(a.id(), a.username(), a.displayName(), a.organisationId(), accounts.roles(a.id())));
    }
}
