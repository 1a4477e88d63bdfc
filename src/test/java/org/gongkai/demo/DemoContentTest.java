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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a newcomer gets from the README's run command: a fresh, embedded database filled with the demo through the
 * real workflow (screening and review included). Its own context and database, never the server under test.
 */
@SpringBootTest(properties = {"gongkai.demo=true", "gongkai.data-dir=target/demo-test-data", "gongkai.db.url=",
        "gongkai.db.clean-on-start=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoContentTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void theFirstStartBuildsARealSite() throws Exception {
        assertThat(count("select count(*) from organisation")).isEqualTo(9);
        assertThat(count("select count(*) from catalog_node")).isGreaterThan(50);
        assertThat(count("select count(*) from public_document where status = 'PUBLISHED'")).isGreaterThanOrEqualTo(13);
        assertThat(count("select count(*) from public_document where status = 'WITHDRAWN'")).isEqualTo(1);
        assertThat(count("select count(*) from edition where status in ('DRAFT', 'SUBMITTED')")).isEqualTo(2);
        assertThat(count("select count(distinct role) from staff_role where role in ('SYSTEM_ADMIN','SECURITY_ADMIN','AUDIT_ADMIN')"))
                .isEqualTo(3);
        assertThat(count("select count(*) from staff_user where must_change_password = false")).isZero();
        assertThat(count("select count(*) from public_document where validity = 'REVISED' and replaced_by_document_id is not null"))
                .isEqualTo(1);
        long founding = count("""
                select document_id from public_document where title = '教育部办公厅关于全面推进政务公开工作的实施意见'
                   and document_number = '教办厅〔2017〕3号' and issuer = '教育部办公厅' and written_date = date '2017-04-10'""");
        assertThat(founding).isPositive();
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("中华人民共和国教育部")))
                .andExpect(content().string(containsString("教育部办公厅关于全面推进政务公开工作的实施意见")));
        assertThat(jdbc.sql("select body_text from public_document where document_id = ?").param(founding)
                .query(String.class).single()).contains("（一）", "（二十）").doesNotContain("🎉", "6688", "體");
        mvc.perform(get("/documents/" + founding)).andExpect(status().isOk())
                .andExpect(content().string(containsString("全面推进政务公开")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("6688"))));
        mvc.perform(get("/o/qingxi")).andExpect(status().isOk()).andExpect(content().string(containsString("清溪县教育局")));
        long report = count("select document_id from public_document where status = 'PUBLISHED'"
                + " and title like '清溪县教育局%年政府信息公开工作年度报告'");
        mvc.perform(get("/documents/" + report)).andExpect(status().isOk())
                .andExpect(content().string(containsString("本年新收政府信息公开申请数量")))
                .andExpect(content().string(containsString("结转下年度继续办理")));
        assertThat(jdbc.sql("select media_type from public_attachment where document_id = ?").param(report)
                .query(String.class).list()).as("the published report carries its XLSX and its PDF")
                .contains("application/pdf").hasSize(2);
        assertThat(count("select count(*) from public_document where kind = 'NORMATIVE'")).isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
