package org.gongkai.participation;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.KeyedHmac;
import org.gongkai.platform.SecretKeys;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The guard against answering a survey twice (ADR 0038): a random token in a cookie of the survey pages, given when
 * the form is shown; a response is stored under the HMAC of the token and the survey (keys/survey-browser.key), and
 * the database keeps one response per survey and key. Nothing in the cookie names the person; a copy of the database
 * alone cannot link responses of different surveys to one browser. Clearing the cookie starts afresh: the per-address
 * rate limit bounds what that buys.
 */
@Component
class SurveyBrowser {

    static final String COOKIE = "gk_survey";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyedHmac hmac;

    SurveyBrowser(SecretKeys keys) {
        this.hmac = new KeyedHmac(keys, "survey-browser.key", "HMAC-SHA-256 of survey browser tokens");
    }

    /** The browser's token, if its cookie carries a well-formed one. */
    Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().matches("[A-Za-z0-9_-]{22,64}")) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    /** The browser's token, giving it one (a cookie for a year, only for the survey pages) when it has none. */
    String ensure(HttpServletRequest request, HttpServletResponse response) {
        return token(request).orElseGet(() -> {
            byte[] b = new byte[18];
            RANDOM.nextBytes(b);
            String t = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            response.addHeader("Set-Cookie", COOKIE + "=" + t + "; Path=/surveys; Max-Age=31536000; HttpOnly; SameSite=Lax"
                    + (request.isSecure() ? "; Secure" : ""));
            return t;
        });
    }

    /** The key a response of this browser to this survey is stored under. */
    String key(long surveyId, String token) {
        return HexFormat.of().formatHex(hmac.of(surveyId + ":" + token));
    }
}
