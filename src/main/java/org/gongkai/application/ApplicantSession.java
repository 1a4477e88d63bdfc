package org.gongkai.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Which applicant account (我的申请, {@code /my}) a browser session is signed in to. Other modules that offer the
 * signed-in applicant something (participation's messages in the account) read it here, not by the attribute's name.
 */
public final class ApplicantSession {

    static final String KEY = "gongkai.applicantAccount";

    private ApplicantSession() {
    }

    /** The signed-in applicant account's id, or null when the session is absent or not signed in. */
    public static Long current(HttpSession session) {
        return session == null || !(session.getAttribute(KEY) instanceof Long id) ? null : id;
    }

    static void signIn(HttpServletRequest request, long accountId) {
        request.getSession(true);
        request.changeSessionId(); // a new session id at sign-in: no fixation
        request.getSession().setAttribute(KEY, accountId);
    }

    static void signOut(HttpSession session) {
        if (session != null) {
            session.removeAttribute(KEY);
        }
    }
}
