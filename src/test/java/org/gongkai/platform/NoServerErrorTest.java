package org.gongkai.platform;

import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Bad input gets a clear answer, never a 500: every mapped route of every module, called by each kind of user with
 * unknown, malformed and hostile path values, empty forms, garbage JSON and odd parameters.
 */
@IntegrationTest
class NoServerErrorTest {

    private static final List<String> PATH_VALUES = List.of("1", "999999999", "abc", "-1", "99999999999999999999",
            "%E6%94%BF", "%3Cscript%3E");
    private static final String[] ODD_PARAMS = {"page", "size", "org", "status", "q", "sort", "from", "workingDays",
            "year", "id", "a", "b", "lang", "large", "back", "to", "date", "at", "writtenDate", "publishDate",
            "repealedOn", "scheduledFor"};
    /** Hostile values taken in turn: markup and NUL, URI templates, dates at and beyond PostgreSQL's range. */
    private static final String[] ODD_VALUES = {"<b>x</b>\u0000'", "/{foo}", "+999999999-01-01", "2147483648",
            "294277-01-01", "-4714-11-24", "5874898-01-01T00:00:00Z", "{a}%7Bb%7D"};
    private int turn;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void noRouteAnswersWithAServerError() throws Exception {
        long org = fixtures.organisation("健壮性测试局");
        StaffUser content = fixtures.staff(org, Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.DISCLOSURE_OFFICER);
        StaffUser sysadmin = fixtures.staff(org, Role.SYSTEM_ADMIN);
        StaffUser secadmin = fixtures.staff(org, Role.SECURITY_ADMIN);
        StaffUser auditor = fixtures.staff(org, Role.AUDIT_ADMIN);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/error") || pattern.startsWith("/actuator") || pattern.contains("openapi")) {
                    continue;
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    for (String value : PATH_VALUES) {
                        String path = pattern.replaceAll("\\{[^}]+}", value).replace("/**", "/x");
                        boolean api = path.startsWith("/api/");
                        for (RequestPostProcessor who : List.of(anonymous(), api ? fixtures.basic(content) : fixtures.as(content),
                                api ? fixtures.basic(sysadmin) : fixtures.as(sysadmin), fixtures.as(secadmin),
                                fixtures.as(auditor))) {
                            calls++;
                            try {
                                int status = call(HttpMethod.valueOf(m.name()), path, who, api);
                                if (status >= 500) {
                                    failures.add(m + " " + path + " -> " + status);
                                }
                            } catch (Exception e) {
                                Throwable root = e;
                                while (root.getCause() != null) {
                                    root = root.getCause();
                                }
                                failures.add(m + " " + path + " -> " + root.getClass().getSimpleName() + ": "
                                        + String.valueOf(root.getMessage()).lines().findFirst().orElse(""));
                            }
                        }
                    }
                }
            }
        }
        System.out.println("robustness calls: " + calls + ", server errors: " + failures.size());
        failures.stream().distinct().forEach(System.out::println);
        assertThat(failures).isEmpty();
    }

    private int call(HttpMethod method, String path, RequestPostProcessor who, boolean api) throws Exception {
        MockHttpServletRequestBuilder req = request(method, path).with(who).with(csrf());
        for (String p : ODD_PARAMS) {
            req.param(p, p.equals("page") ? "-5" : p.equals("size") ? "100000" : ODD_VALUES[turn++ % ODD_VALUES.length]);
        }
        if (api && (method == HttpMethod.POST || method == HttpMethod.PUT)) {
            int kind = Math.floorMod(path.hashCode(), 3);
            String body = kind == 0
                    ? "{\"content\":{\"title\":[1,2]},\"lockVersion\":\"x\"}"
                    : kind == 1
                    ? "{\"content\":{\"title\":\"far\",\"issuer\":\"x\",\"disclosure\":\"PROACTIVE\",\"validity\":\"REPEALED\","
                      + "\"publishDate\":2147483648,\"writtenDate\":\"+999999999-01-01\",\"repealedOn\":\"294277-01-01\"},"
                      + "\"lockVersion\":0,\"at\":\"+999999999-01-01T00:00:00Z\"}"
                    : "{\"content\":{\"title\":\"a\\u0000b\",\"issuer\":\"x\",\"disclosure\":\"PROACTIVE\",\"validity\":\"VALID\"},"
                      + "\"lockVersion\":0,\"opinion\":\"\\u0000\",\"reason\":\"\\u0000\"}";
            req.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(req).andReturn().getResponse().getStatus();
    }

    private static RequestPostProcessor anonymous() {
        return r -> r;
    }
}
