package org.gongkai.document;

import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue #11 §6: dates beyond PostgreSQL's range and URI templates in parameters answer 4xx, not 500. */
@IntegrationTest
class EdgeInputTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void farFutureDatesOnTheApiAnswer400WithTheField() throws Exception {
        StaffUser editor = fixtures.staff(fixtures.organisation("远期日期局"), Role.EDITOR);
        for (String date : new String[] {"2147483648", "\"+999999999-01-01\"", "\"5874898-01-01\"", "\"294277-01-01\"",
                "\"-4714-01-01\"", "\"0001-01-01\""}) {
            for (String field : new String[] {"publishDate", "writtenDate"}) {
                mvc.perform(post("/api/v1/documents").with(fixtures.basic(editor)).contentType(MediaType.APPLICATION_JSON)
                                .content("{\"content\":{\"title\":\"远期\",\"issuer\":\"局\",\"disclosure\":\"PROACTIVE\","
                                        + "\"validity\":\"VALID\",\"" + field + "\":" + date + "}}"))
                        .andExpect(status().isBadRequest());
            }
        }
        mvc.perform(post("/api/v1/documents").with(fixtures.basic(editor)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\":{\"title\":\"远期\",\"issuer\":\"局\",\"disclosure\":\"PROACTIVE\","
                                + "\"validity\":\"VALID\",\"publishDate\":\"+999999999-01-01\"}}"))
                .andExpect(jsonPath("$.fields.publishDate").exists());
    }

    @Test
    void farFutureDatesOnTheFormAnswer400WithTheField() throws Exception {
        StaffUser editor = fixtures.staff(fixtures.organisation("远期表单局"), Role.EDITOR);
        for (String date : new String[] {"+999999999-01-01", "294277-01-01", "2147483648"}) {
            mvc.perform(post("/admin/documents").with(fixtures.as(editor)).with(csrf())
                            .param("title", "远期").param("issuer", "局").param("publishDate", date)
                            .param("disclosure", "PROACTIVE").param("validity", "VALID").param("lockVersion", "0"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("publishDate")));
        }
    }

    @Test
    void aUriTemplateInTheBackParameterRedirectsHome() throws Exception {
        mvc.perform(get("/display").param("back", "/{foo}")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/display").param("back", "/o/x?q={a}")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/display").param("back", "/o/x?q=%E6%94%BF")).andExpect(redirectedUrl("/o/x?q=%E6%94%BF"));
    }
}
