package org.gongkai.platform;

import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiDocsTest {

    @Autowired MockMvc mvc;

    @Test
    void theApiIsDescribedPubliclyWithoutInternalParameters() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Gongkai API"))
                .andExpect(jsonPath("$.paths['/api/v1/documents']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/documents/{id}/publish']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"))
                .andExpect(content().string(not(containsString("\"name\":\"user\""))));
    }
}
