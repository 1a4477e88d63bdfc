package org.gongkai.identity;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.FieldErrors;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Personal API tokens: a staff member creates them on their account page (the secret is shown once), lists them with
 * their last use, and revokes them. Each is 256 random bits, stored as its SHA-256 only.
 */
@Service
public class ApiTokens {

    /** The lifetimes offered, in days. */
    static final Set<Integer> VALIDITY_DAYS = Set.of(7, 30, 90, 365);
    static final String PREFIX = "gk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just created, with the secret its owner sees once. */
    public record Issued(long id, String name, String secret, ApiTokenScope scope, Instant expiresAt) {
    }

    private final ApiTokenStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(ApiTokenStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a token for the user themself (nobody creates tokens for someone else). */
    @Transactional
    public Issued issue(StaffUser owner, String name, ApiTokenScope scope, Duration validity) {
        String label = name == null ? "" : name.strip();
        FieldErrors errors = new FieldErrors();
        errors.require(!label.isEmpty() && label.length() <= 60, "name", "token.name.invalid");
        errors.require(scope != null, "scope", "token.scope.invalid");
        errors.require(validity != null && !validity.isNegative() && !validity.isZero()
                && validity.compareTo(Duration.ofDays(366)) < 0, "days", "token.days.invalid");
        errors.throwIfAny();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = clock.instant().plus(validity);
        long id = store.insert(owner.id(), label, hash(secret), secret.substring(0, 7), scope, expires);
        events.publishEvent(new StaffAction(owner.id(), owner.username(), owner.organisationId(), "api-token.create",
                "api_token", String.valueOf(id), Map.of(),
                Map.of("name", label, "scope", scope.name(), "expiresAt", expires.toString())));
        return new Issued(id, label, secret, scope, expires);
    }

    List<ApiTokenStore.Listed> list(StaffUser owner) {
        return store.list(owner.id());
    }

    @Transactional
    void revoke(StaffUser owner, long id) {
        if (!store.revoke(owner.id(), id)) {
            throw new NotFoundException("api token", id);
        }
        events.publishEvent(new StaffAction(owner.id(), owner.username(), owner.organisationId(), "api-token.revoke",
                "api_token", String.valueOf(id), Map.of("revoked", false), Map.of("revoked", true)));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
