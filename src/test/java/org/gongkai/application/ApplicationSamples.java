package org.gongkai.application;

import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid applicants and form parameters for tests. */
final class ApplicationSamples {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private ApplicationSamples() {
    }

    /** A resident ID number with a correct check digit, different each call. */
    static String residentId() {
        String base = "110105" + "1980" + "0101" + "%03d".formatted(SEQ.incrementAndGet() % 1000);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (base.charAt(i) - '0') * w[i];
        }
        return base + "10X98765432".charAt(sum % 11);
    }

    static String address() {
        int n = SEQ.incrementAndGet();
        return "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    static MockMultipartHttpServletRequestBuilder person(MockMultipartHttpServletRequestBuilder b, String name, String idNumber, String description) {
        b.param("applicantType", "NATURAL_PERSON").param("name", name).param("idType", "RESIDENT_ID")
                .param("idNumber", idNumber).param("phone", "010-12345678").param("email", "a@example.cn")
                .param("description", description).param("delivery", "ELECTRONIC");
        return b;
    }

    static FormValidation.Parts parts(String name, String description) {
        FormValidation v = new FormValidation();
        FormValidation.Parts p = v.check(new ApplicationForm("NATURAL_PERSON", name, "RESIDENT_ID", residentId(), null,
                null, null, "13800000000", null, null, null, description, null, null, null, "PAPER", null, null, null));
        if (p == null) {
            throw new IllegalStateException(v.errors.toString());
        }
        return p;
    }
}
