package org.gongkai.application;

import jakarta.servlet.http.Cookie;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.gongkai.application.ApplicationSamples.from;
import static org.gongkai.application.ApplicationSamples.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The optional account lists the applicant's own applications and nobody else's. */
@IntegrationTest
class MyApplicationsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ReceiveApplication receive;
    @Autowired OrganisationDirectory organisations;

    Cookie register(String email, String address) throws Exception {
        var r = mvc.perform(post("/my/register").param("email", email).param("password", "Applicant-Pw1")
                        .param("confirm", "Applicant-Pw1").with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/my")).andReturn();
        return r.getResponse().getCookie("SESSION");
    }

    @Test
    void anAccountListsItsApplicationsOnly() throws Exception {
        long org = fixtures.organisation("账户县教育局");
        String slug = organisations.get(org).slug();
        String address = ApplicationSamples.address();
        mvc.perform(post("/my/register").param("email", "not-an-email").param("password", "short").param("confirm", "short")
                .with(csrf()).with(from(address))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("有效的电子邮箱")));

        Cookie a = register("applicant-a-" + org + "@example.cn", address);
        mvc.perform(get("/my").cookie(a)).andExpect(status().isOk()).andExpect(content().string(containsString("账户中还没有申请")))
                .andExpect(content().string(containsString("href=\"/my/messages\"")));

        // submitted while signed in: joins the account at once
        mvc.perform(person(multipart("/apply"), "甲某", ApplicationSamples.residentId(), "本校2025年食堂承包合同")
                        .param("org", slug).cookie(a).with(csrf()).with(from(address)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已加入您的账户")));
        // submitted without an account: joined later with its tracking number and query code
        var receipt = receive.online(organisations.get(org), ApplicationSamples.parts("甲某", "校车安全检查记录"), List.of());
        mvc.perform(post("/my/link").param("trackingNumber", receipt.trackingNumber()).param("queryCode", "WRONG-CODE")
                .cookie(a).with(csrf()).with(from(address))).andExpect(status().isNotFound());
        mvc.perform(post("/my/link").param("trackingNumber", receipt.trackingNumber()).param("queryCode", receipt.queryCode())
                .cookie(a).with(csrf()).with(from(address))).andExpect(redirectedUrl("/my"));
        mvc.perform(get("/my").cookie(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString(receipt.trackingNumber())))
                .andExpect(content().string(containsString("账户县教育局")));

        // another applicant sees none of it and cannot take it over, even knowing the code
        String addressB = ApplicationSamples.address();
        Cookie b = register("applicant-b-" + org + "@example.cn", addressB);
        mvc.perform(post("/my/link").param("trackingNumber", receipt.trackingNumber()).param("queryCode", receipt.queryCode())
                .cookie(b).with(csrf()).with(from(addressB))).andExpect(status().isConflict());
        mvc.perform(get("/my").cookie(b)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(receipt.trackingNumber()))));

        // signed out, the list is gone
        mvc.perform(post("/my/logout").cookie(a).with(csrf())).andExpect(redirectedUrl("/my"));
        mvc.perform(get("/my").cookie(a)).andExpect(status().isOk()).andExpect(content().string(not(containsString(receipt.trackingNumber()))));
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() throws Exception {
        String email = "locked-" + System.nanoTime() + "@example.cn";
        register(email, ApplicationSamples.address());
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/my/login").param("email", email).param("password", "Wrong-Passw0rd").with(csrf())
                    .with(from(ApplicationSamples.address()))).andExpect(status().isBadRequest());
        }
        mvc.perform(post("/my/login").param("email", email).param("password", "Applicant-Pw1").with(csrf())
                .with(from(ApplicationSamples.address()))).andExpect(status().isConflict())
                .andExpect(content().string(containsString("已锁定")));
        mvc.perform(post("/my/login").param("email", "nobody-" + email).param("password", "Applicant-Pw1").with(csrf())
                .with(from(ApplicationSamples.address()))).andExpect(status().isBadRequest());
    }
}
