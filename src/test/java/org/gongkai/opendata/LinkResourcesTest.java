package org.gongkai.opendata;

import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Link resources: an editor adds an http(s) address with a title (400 with field messages for anything else), it
 * becomes public only with the next publication, a removed link leaves the public page at once; a dataset of links
 * only can be published; other organisations, CSRF, hostile titles, and the database's own check.
 */
@IntegrationTest
class LinkResourcesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageDatasets manage;
    @Autowired ManageLinks links;
    @Autowired JdbcClient jdbc;

    @Test
    void linksWaitForPublicationAndLeaveAtOnceWhenRemoved() throws Exception {
        long org = fixtures.organisation("链接资源局");
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        StaffUser stranger = fixtures.staff(fixtures.organisation("别的链接局"), Role.EDITOR);
        long id = manage.create(editor, SeriesTest.yearly("校车线路接口", 2026));

        mvc.perform(post("/admin/opendata/" + id + "/links").param("linkTitle", "").param("linkUrl", "javascript:alert(1)")
                        .with(csrf()).with(fixtures.as(editor)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"linkTitle-error\"")))
                .andExpect(content().string(containsString("id=\"linkUrl-error\"")))
                .andExpect(content().string(containsString("请填写以 http:// 或 https:// 开头的完整地址")));
        for (String bad : new String[] {"ftp://example.com/a", "https://", "http://exa mple.com/", "//example.com/x", "HTTP://x.cn"}) {
            assertThatThrownBy(() -> links.add(editor, id, "接口", bad)).as(bad)
                    .isInstanceOf(org.gongkai.platform.web.InvalidInputException.class);
        }
        mvc.perform(post("/admin/opendata/" + id + "/links").param("linkTitle", "接口").param("linkUrl", "https://data.example.cn/api")
                .with(fixtures.as(editor))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/opendata/" + id + "/links").param("linkTitle", "接口").param("linkUrl", "https://data.example.cn/api")
                .with(csrf()).with(fixtures.as(stranger))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/opendata/" + id + "/links").param("linkTitle", "校车<script>alert(1)</script>接口")
                        .param("linkUrl", "https://data.example.cn/api?x=1&y=2").with(csrf()).with(fixtures.as(editor)))
                .andExpect(status().is3xxRedirection());
        long linkId = jdbc.sql("select id from od_link where dataset_id = ?").param(id).query(Long.class).single();
        mvc.perform(get("/admin/opendata/" + id).with(fixtures.as(editor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("待发布")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));

        // a dataset with a link and no file can be published; the link goes public with it
        mvc.perform(get("/data/" + id)).andExpect(status().isNotFound());
        manage.publish(publisher, id);
        mvc.perform(get("/data/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"https://data.example.cn/api?x=1&amp;y=2\" rel=\"external nofollow noopener\"")))
                .andExpect(content().string(containsString("校车&lt;script&gt;")));

        // a second link waits for the next publication
        links.add(editor, id, "第二个接口", "https://data.example.cn/v2");
        mvc.perform(get("/data/" + id)).andExpect(content().string(not(containsString("https://data.example.cn/v2"))));
        manage.publish(publisher, id);
        mvc.perform(get("/data/" + id)).andExpect(content().string(containsString("https://data.example.cn/v2")));

        // removal: other organisation 403, then gone at once, audited
        mvc.perform(post("/admin/opendata/" + id + "/links/" + linkId + "/remove").with(csrf()).with(fixtures.as(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/opendata/" + id + "/links/" + linkId + "/remove").with(csrf()).with(fixtures.as(editor)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/data/" + id)).andExpect(content().string(not(containsString("https://data.example.cn/api"))));
        mvc.perform(post("/admin/opendata/" + id + "/links/" + linkId + "/remove").with(csrf()).with(fixtures.as(editor)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_entry where action like 'opendata.link.%' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(3);
        // withdrawn: no link public
        manage.withdraw(publisher, id);
        assertThat(jdbc.sql("select count(*) from od_public_link where dataset_id = ?").param(id).query(Long.class).single()).isZero();
        // the database refuses what the form would
        assertThatThrownBy(() -> jdbc.sql("insert into od_link (dataset_id, title, url, created_by) values (?, 'x', 'javascript:alert(1)', ?)")
                .params(id, editor.id()).update()).hasMessageContaining("od_link");
    }
}
