package org.gongkai.platform;

import org.springframework.security.core.Authentication;

import java.util.Optional;

/**
 * Turns the secret of an {@code Authorization: Bearer} header into the staff member it belongs to. The identity
 * module implements it; the API's security chain calls it on every request.
 */
public interface ApiTokenAuthenticator {

    /** Who the token speaks for, and whether it may change anything; empty for an unknown, expired or revoked one. */
    Optional<Caller> authenticate(String token);

    record Caller(Authentication authentication, boolean mayWrite) {
    }
}
