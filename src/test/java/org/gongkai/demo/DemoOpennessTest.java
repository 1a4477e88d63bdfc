package org.gongkai.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's 管理公开 and 服务公开 (ADR 0045) on the county site. Same configuration as {@link DemoContentTest}, so the
 * same context and demo database are used.
 */
@SpringBootTest(properties = {"gongkai.demo=true", "gongkai.data-dir=target/demo-test-data", "gongkai.db.url=",
        "gongkai.db.clean-on-start=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoOpennessTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void listsGuidesAndEmergencyInformationAreThereAndDraftsAreNot() throws Exception {
        mvc.perform(get("/o/qingxi/powers?list=APPROVAL")).andExpect(status().isOk())
                .andExpect(content().string(containsString("民办学校设立审批")));
        mvc.perform(get("/o/qingxi/powers")).andExpect(status().isOk())
                .andExpect(content().string(containsString("教师资格认定")))
                .andExpect(content().string(not(containsString("校外培训机构检查"))));
        mvc.perform(get("/o/qingxi/services")).andExpect(status().isOk())
                .andExpect(content().string(containsString("义务教育阶段转学")))
                .andExpect(content().string(not(containsString("学籍证明开具"))));
        mvc.perform(get("/o/qingxi/emergency")).andExpect(status().isOk())
                .andExpect(content().string(containsString("暴雨橙色预警")))
                .andExpect(content().string(containsString("校园突发事件应急预案")))
                .andExpect(content().string(not(containsString("大风蓝色预警"))));
        assertThat(jdbc.sql("select count(*) from svc_power_edition where status = 'PUBLISHED'").query(Long.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from svc_guide_material where template_key is not null").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from svc_warning_update").query(Long.class).single()).isEqualTo(1);
        // ADR 0049: what the demo publishes went through the review; the rain warning was issued before it, and its
        // handling update (which always goes out at once) waits for its review after issue too
        assertThat(jdbc.sql("select status, count(*) from svc_review group by status order by status")
                .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .containsExactly("EXPEDITED=2", "PUBLISHED=6", "SUBMITTED=1");
        mvc.perform(get("/o/qingxi")).andExpect(content().string(containsString("/o/qingxi/powers")))
                .andExpect(content().string(containsString("/o/qingxi/services")))
                .andExpect(content().string(containsString("/o/qingxi/emergency")));
    }
}
