package org.gongkai.platform;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.services.GuideForm;
import org.gongkai.services.ManageGuides;
import org.gongkai.services.ReviewSubject;
import org.gongkai.services.ServicesReview;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A long public page whose form comes after tens of kilobytes, opened by a visitor without a session: the form's
 * CSRF token needs a session, created while the page renders. The response must not have been committed by then
 * (MockMvc's response commits past 4 KB like a server's buffer), and the token must work for the visitor's POST.
 */
@IntegrationTest
class LongPageFormTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageGuides guides;
    @Autowired ServicesReview review;
    @Autowired OrganisationDirectory organisations;

    @Test
    void aVisitorWithoutASessionGetsALongPageWithAWorkingForm() throws Exception {
        long org = fixtures.organisation("长页面表单局");
        String longText = "申请人应当提交身份证明、户籍证明和居住证明等材料。".repeat(150); // 3750 characters, ~11 KB
        long id = guides.create(fixtures.staff(org, Role.EDITOR), new GuideForm("CS-001", "长页面办事指南", longText,
                longText, longText, "20 个工作日", "不收费", null, "县政务服务中心", null, "0791-1234567",
                "0791-12345", null, null));
        guides.addMaterial(fixtures.staff(org, Role.EDITOR), id, "申请表", true, null, null, null);
        // guides go through review before publication (ADR 0049)
        review.submitItem(fixtures.staff(org, Role.EDITOR), ReviewSubject.GUIDE, id);
        review.approveItem(fixtures.staff(org, Role.REVIEWER), ReviewSubject.GUIDE, id, null);
        guides.publish(fixtures.staff(org, Role.PUBLISHER), id);

        MvcResult page = mvc.perform(get("/services/" + id)).andExpect(status().isOk()).andReturn();
        String html = page.getResponse().getContentAsString();
        // characters, not bytes: 10 000 Chinese characters are some 30 KB of UTF-8
        assertThat(html.indexOf("name=\"_csrf\"")).as("the form comes after the response buffer").isGreaterThan(10_000);
        assertThat(html).contains("</html>");
        String token = html.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        jakarta.servlet.http.Cookie session = page.getResponse().getCookie("SESSION");
        assertThat(session).as("the token's session cookie was sent with the page").isNotNull();

        // the visitor posts the form with the token and the session it was given
        mvc.perform(post("/services/" + id + "/rating").param("useful", "yes").param("_csrf", token)
                        .cookie(session)
                        .with(r -> {
                            r.setRemoteAddr("10.77.0.1");
                            return r;
                        }))
                .andExpect(status().is3xxRedirection());
    }
}
