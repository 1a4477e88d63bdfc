package org.gongkai.report;

import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ReportPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void officersSeeTableThreeOfTheirOrganisationAndTheSumBelowIt() throws Exception {
        long province = fixtures.organisation("报表省教育厅");
        long county = fixtures.organisation("报表县教育局", province);
        StaffUser officer = fixtures.staff(province, Role.DISCLOSURE_OFFICER);
        StaffUser countyOfficer = fixtures.staff(county, Role.DISCLOSURE_OFFICER);
        mvc.perform(get("/admin/report/applications?year=2025").with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("（七）总计")))
                .andExpect(content().string(containsString("勾稽关系正确")))
                .andExpect(content().string(containsString("2025 年收到")))
                .andExpect(content().string(not(containsString("2,025"))));
        mvc.perform(get("/admin/report/applications?year=2025&subordinates=true&org=" + county).with(fixtures.as(officer)))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/report/applications?org=" + province).with(fixtures.as(countyOfficer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/report/applications?year=1999").with(fixtures.as(officer)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/report/applications").with(fixtures.as(fixtures.staff(province, Role.SYSTEM_ADMIN))))
                .andExpect(status().isForbidden());
    }
}
