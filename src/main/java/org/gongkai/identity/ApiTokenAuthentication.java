package org.gongkai.identity;

import org.gongkai.platform.ApiTokenAuthenticator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Finds the staff member behind a Bearer token: one indexed look-up by the token's SHA-256 (no bcrypt per call).
 * The last use is written at most once a minute, so a busy client does not turn every read into a write.
 */
@Component
class ApiTokenAuthentication implements ApiTokenAuthenticator {

    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiTokenStore store;
    private final StaffUserDetailsService users;
    private final Clock clock;

    ApiTokenAuthentication(ApiTokenStore store, StaffUserDetailsService users, Clock clock) {
        this.store = store;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (token == null || !token.startsWith(ApiTokens.PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return store.live(ApiTokens.hash(token)).map(live -> {
            if (live.lastUsedAt() == null || live.lastUsedAt().isBefore(clock.instant().minus(TOUCH_EVERY))) {
                store.touch(live.id());
            }
            StaffPrincipal principal = (StaffPrincipal) users.loadUserByUsername(live.username());
            principal.eraseCredentials();
            return new Caller(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities()), live.scope() == ApiTokenScope.WRITE);
        });
    }
}
