package org.gongkai.identity;

import org.gongkai.platform.audit.StaffAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts failed sign-ins for the throttle (per name and client address, {@link SignInThrottling}) and on the
 * account (shown to the security administrator, audited with the address); a success clears them. No failure
 * locks an account any more: a lock that anyone's guesses can trigger would shut the administrators out.
 */
@Component
class LoginLockout {

    private final StaffAccounts accounts;
    private final SignInThrottling throttle;
    private final ApplicationEventPublisher events;

    LoginLockout(StaffAccounts accounts, SignInThrottling throttle, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.events = events;
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails w ? w.getRemoteAddress() : null;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).trim().toLowerCase();
        String address = address(event.getAuthentication().getDetails());
        throttle.recordFailure(username, address);
        accounts.findByUsername(username).ifPresent(a -> {
            accounts.recordFailure(username);
            Map<String, Object> after = new HashMap<>();
            after.put("failedLogins", a.failedLogins() + 1);
            after.put("address", String.valueOf(address));
            events.publishEvent(new StaffAction(a.id(), username, a.organisationId(), "login.failure", "staff_user",
                    String.valueOf(a.id()), Map.of("failedLogins", a.failedLogins()), after));
        });
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal p) {
            accounts.recordSuccess(p.getUsername());
            String address = address(event.getAuthentication().getDetails());
            if (address != null) {
                throttle.recordSuccess(p.getUsername(), address);
            }
        }
    }

    /** Only sign-ins through the login page are audited; API calls authenticate on every request. */
    @EventListener
    @Transactional
    public void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal p) {
            events.publishEvent(new StaffAction(p.user().id(), p.getUsername(), p.user().organisationId(), "login.success",
                    "staff_user", String.valueOf(p.user().id()), Map.of(), Map.of()));
        }
    }
}
