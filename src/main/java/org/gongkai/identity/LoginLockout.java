package org.gongkai.identity;

import org.gongkai.audit.StaffAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Five failed logins in a row lock an account for 15 minutes; a successful login resets the count. */
@Component
class LoginLockout {

    static final int LIMIT = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final StaffAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginLockout(StaffAccounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).trim().toLowerCase();
        accounts.findByUsername(username).ifPresent(a -> {
            accounts.recordFailure(username, LIMIT, clock.instant().plus(LOCK));
            events.publishEvent(new StaffAction(a.id(), username, a.organisationId(), "login.failure", "staff_user",
                    String.valueOf(a.id()), Map.of("failedLogins", a.failedLogins()),
                    Map.of("failedLogins", a.failedLogins() + 1)));
        });
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal p) {
            accounts.recordSuccess(p.getUsername());
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
