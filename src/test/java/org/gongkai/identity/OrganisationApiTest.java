package org.gongkai.identity;

import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffFixtures;
import org.gongkai.support.StaffFixtures.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.gongkai.support.StaffFixtures.basic;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrganisationApiTest {

    @Autowired MockMvc mvc;
    @Autowired OrganisationRegistry organisations;
    @Autowired StaffRegistry staffRegistry;

    @Test
    void systemAdministratorsReadTheirPartOfTheTree() throws Exception {
        StaffFixtures f = new StaffFixtures(organisations, staffRegistry, mvc);
        long top = f.organisation(null, OrganisationKind.CITY);
        long below = f.organisation(top, OrganisationKind.COUNTY);
        long school = f.organisation(below, OrganisationKind.SCHOOL);
        Staff admin = f.user(top, Role.SYSTEM_ADMIN);
        Staff countyAdmin = f.user(below, Role.SYSTEM_ADMIN);
        Staff editor = f.user(top, Role.EDITOR);

        mvc.perform(get("/api/v1/organisations").with(basic(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].id", is((int) top)))
                .andExpect(jsonPath("$[1].depth", is(1)))
                .andExpect(jsonPath("$[2].id", is((int) school)))
                .andExpect(jsonPath("$[2].depth", is(2)));
        mvc.perform(get("/api/v1/organisations/" + school).with(basic(countyAdmin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind", is("SCHOOL")));
        mvc.perform(get("/api/v1/organisations/" + top).with(basic(countyAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organisations").with(basic(editor))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organisations/" + below).with(basic(editor))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organisations/999999999").with(basic(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
    }
}
