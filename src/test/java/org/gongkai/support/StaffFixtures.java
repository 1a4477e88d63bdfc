package org.gongkai.support;

import jakarta.servlet.http.Cookie;
import org.gongkai.identity.ApiTokenScope;
import org.gongkai.identity.NewOrganisation;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffRegistry;
import org.gongkai.identity.StaffUser;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Organisations and staff for integration tests, with unique names, and ways to act as them: HTTP Basic for the
 * API, a signed-in session (its cookie) for pages. Staff have a known password and need not change it.
 */
public final class StaffFixtures {

    public static final String PASSWORD = "Test-Passw0rd!";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<Long, String> TOKENS = new ConcurrentHashMap<>();
    private static final String ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public record Staff(long id, String username, long organisationId) {
    }

    private final OrganisationRegistry organisations;
    private final StaffRegistry staff;
    private final MockMvc mvc;

    public StaffFixtures(OrganisationRegistry organisations, StaffRegistry staff, MockMvc mvc) {
        this.organisations = organisations;
        this.staff = staff;
        this.mvc = mvc;
    }

    public static String unique(String prefix) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            sb.append(ALNUM.charAt(RANDOM.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    public long organisation(Long parentId, OrganisationKind kind) {
        String code = unique("T").substring(0, 9);
        String slug = unique("t-").toLowerCase();
        return organisations.create(new NewOrganisation(parentId, code, "测试机构" + code, kind, slug, 0, null, null,
                new Organisation.DisclosureOffice(null, null, null, null, null, null, null),
                new Organisation.SiteIdentity(null, null, null)), null);
    }

    public Staff user(long organisationId, Role... roles) {
        String username = unique("u.").toLowerCase();
        long id = staff.create(organisationId, username, "测试" + username, roles.length == 0 ? Set.of() : Set.of(roles),
                PASSWORD, false, null);
        return new Staff(id, username, organisationId);
    }

    /**
     * A personal API token (write scope) of the staff member, for API calls: {@code Authorization: Bearer}. The name
     * is historical (the API took HTTP Basic before ADR 0004 changed); one token per staff member is issued and kept.
     */
    public static RequestPostProcessor basic(Staff s) {
        return bearer(s.id(), s.username(), s.organisationId());
    }

    /** The Bearer header of a write token of the staff member, issued once per test run. */
    public static RequestPostProcessor bearer(long id, String username, long organisationId) {
        String token = TOKENS.computeIfAbsent(id, k -> Fixtures.tokens().issue(
                new StaffUser(id, username, username, organisationId, Set.of()), "test", ApiTokenScope.WRITE,
                Duration.ofDays(7)).secret());
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    /** Signs in through the login form and answers the session cookie. */
    public Cookie signIn(Staff s) throws Exception {
        MockHttpServletResponse response = mvc.perform(formLogin().user(s.username()).password(PASSWORD))
                .andReturn().getResponse();
        if (response.getStatus() != 302 || !String.valueOf(response.getRedirectedUrl()).endsWith("/admin")) {
            throw new IllegalStateException("sign-in failed: " + response.getStatus() + " " + response.getRedirectedUrl());
        }
        Cookie cookie = response.getCookie("SESSION");
        if (cookie == null) {
            throw new IllegalStateException("no session cookie after sign-in");
        }
        return cookie;
    }

}
