package org.gongkai.application;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicantSessionTest {

    @Test
    void theSignedInApplicantIsReadWithoutKnowingTheAttributesName() {
        assertThat(ApplicantSession.current(null)).isNull();
        assertThat(ApplicantSession.current(new MockHttpSession())).isNull();
        MockHttpServletRequest request = new MockHttpServletRequest();
        ApplicantSession.signIn(request, 42L);
        assertThat(ApplicantSession.current(request.getSession(false))).isEqualTo(42L);
        ApplicantSession.signOut(request.getSession(false));
        assertThat(ApplicantSession.current(request.getSession(false))).isNull();
    }

    @Test
    void somethingElseUnderTheNameIsNoAccount() {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(ApplicantSession.KEY, "42");
        assertThat(ApplicantSession.current(session)).isNull();
    }
}
