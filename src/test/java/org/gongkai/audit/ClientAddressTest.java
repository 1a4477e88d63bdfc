package org.gongkai.audit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private static MockHttpServletRequest request() {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.setRemoteAddr("192.0.2.10");
        r.addHeader("X-Forwarded-For", "203.0.113.5, 198.51.100.7");
        return r;
    }

    @Test
    void ignoresForwardedForUnlessTheProxyIsTrusted() {
        assertThat(new ClientAddress(false).of(request())).isEqualTo("192.0.2.10");
    }

    @Test
    void takesTheAddressOurProxySawWhenTrusted() {
        assertThat(new ClientAddress(true).of(request())).isEqualTo("198.51.100.7");
    }

    @Test
    void fallsBackToThePeerOnGarbage() {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.setRemoteAddr("192.0.2.10");
        r.addHeader("X-Forwarded-For", "<script>");
        assertThat(new ClientAddress(true).of(r)).isEqualTo("192.0.2.10");
    }

    @Test
    void noRequestNoAddress() {
        assertThat(new ClientAddress(true).current()).isNull();
    }
}
