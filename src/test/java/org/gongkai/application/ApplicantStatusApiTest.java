package org.gongkai.application;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.application.ApplicationSamples.from;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The applicants' JSON API: same answers as the status page, no enumeration, no access to another's application. */
@IntegrationTest
class ApplicantStatusApiTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired ReceiveApplication receive;
    @Autowired ReplyToApplication reply;

    record Made(long id, String tracking, String code) {
    }

    Made online(long org, String name, String description) {
        var r = receive.online(organisations.get(org), ApplicationSamples.parts(name, description), java.util.List.of());
        return new Made(r.id(), r.trackingNumber(), r.queryCode());
    }

    ResultActions ask(String tracking, String code, String ip) throws Exception {
        String body = "{\"trackingNumber\":" + json(tracking) + ",\"queryCode\":" + json(code) + "}";
        return mvc.perform(post("/api/v1/public/applications/status").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(from(ip)));
    }

    static String json(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    @Test
    void theApplicantReadsStatusHistoryAndReply() throws Exception {
        long org = fixtures.organisation("接口机关");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        Made a = online(org, "甲某", "接口申请：食堂采购合同");
        ask(a.tracking(), a.code(), ApplicationSamples.address()).andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingNumber").value(a.tracking()))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.dueOn").isNotEmpty())
                .andExpect(jsonPath("$.history[0].kind").value("received"))
                .andExpect(jsonPath("$.outcome").doesNotExist());
        reply.reply(officer, a.id(), ReplyOutcome.DISCLOSED, "附上合同全文。");
        ask(a.tracking(), a.code().replace("-", "").toLowerCase(), ApplicationSamples.address())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ANSWERED"))
                .andExpect(jsonPath("$.outcome.code").value("DISCLOSED"))
                .andExpect(jsonPath("$.letterText").value(containsString("附上合同全文。")))
                .andExpect(jsonPath("$.letterText").value(containsString("六十日内")));
    }

    @Test
    void oneApplicantsCodeNeverOpensAnothersAndWrongEqualsUnknown() throws Exception {
        long org = fixtures.organisation("接口机关");
        Made a = online(org, "甲某", "甲的接口申请内容");
        Made b = online(org, "乙某", "乙的接口申请内容");
        String wrong = ask(a.tracking(), b.code(), ApplicationSamples.address()).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("甲的接口申请内容"))))
                .andExpect(content().string(not(containsString("乙的接口申请内容"))))
                .andReturn().getResponse().getContentAsString();
        String unknown = ask("GK-T00000000-20240101-ZZZZZZ", b.code(), ApplicationSamples.address())
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String empty = ask(a.tracking(), null, ApplicationSamples.address())
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).isEqualTo(unknown).isEqualTo(empty).doesNotContain(a.tracking());
        ask(b.tracking(), b.code(), ApplicationSamples.address()).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("甲的接口申请内容"))));
    }

    @Test
    void lookupsAreRateLimitedLikeThePage() throws Exception {
        long org = fixtures.organisation("接口机关");
        Made a = online(org, "丙某", "丙的接口申请");
        String ip = ApplicationSamples.address();
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 15; i++) {
            int s = ask(a.tracking(), a.code(), ip).andReturn().getResponse().getStatus();
            ok += s == 200 ? 1 : 0;
            limited += s == 429 ? 1 : 0;
        }
        assertThat(ok).isEqualTo(10);
        assertThat(limited).isEqualTo(5);
    }
}
