package org.gongkai.opendata;

import org.gongkai.identity.OrganisationDirectory;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dataset series end to end: staff create a series and attach datasets through the back office, the public page
 * lists the published members latest first with prev/next on each member, and nothing unpublished (a draft series,
 * a draft member) reaches a page, the API or the sitemap; other organisations' ids, roles, CSRF, hostile text.
 */
@IntegrationTest
class SeriesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageDatasets manage;
    @Autowired ManageSeries series;
    @Autowired UploadResource upload;
    @Autowired OrganisationDirectory organisations;
    @Autowired JdbcClient jdbc;

    record World(long org, String slug, StaffUser editor, StaffUser publisher) {
    }

    World world(String name) {
        long org = fixtures.organisation(name);
        return new World(org, organisations.get(org).slug(), fixtures.staff(org, Role.EDITOR),
                fixtures.staff(org, Role.PUBLISHER));
    }

    static DatasetForm yearly(String title, int year) {
        return new DatasetForm(title, "全县教育经费预算表。", "EDUC", "预算", "清溪县教育局", "data@example.gov.cn",
                null, "CC_BY_4_0", "ANNUAL", year + "-01-01", year + "-12-31", "清溪县", "RESULT", null, null);
    }

    long published(World w, String title, int year) {
        long id = manage.create(w.editor(), yearly(title, year));
        upload.addResource(w.editor(), id, "预算表", null, "b.csv", OpenDataTest.utf8("科目,金额\n人员经费,100\n公用经费,50\n"));
        manage.publish(w.publisher(), id);
        return id;
    }

    @Test
    void staffGroupDatasetsInASeriesAndThePublicSeesThePublishedMembersLatestFirst() throws Exception {
        World w = world("开放数据系列局");
        long y2024 = published(w, "2024 年教育经费预算", 2024);
        long y2026 = published(w, "2026 年教育经费预算", 2026);
        long y2025 = published(w, "2025 年教育经费预算", 2025);
        long draft = manage.create(w.editor(), yearly("2027 年教育经费预算（草稿）", 2027));

        // an editor creates the series through the form (400 with a field message first)
        mvc.perform(post("/admin/opendata/series").param("title", "").param("description", "x").param("frequency", "ANNUAL")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("必填")));
        mvc.perform(post("/admin/opendata/series").param("title", "教育经费预算").param("description", "历年<b>预算</b>")
                .param("frequency", "ANNUAL").with(fixtures.as(w.editor()))).andExpect(status().isForbidden());
        String location = mvc.perform(post("/admin/opendata/series").param("title", "教育经费预算<script>alert(1)</script>")
                        .param("description", "历年教育经费预算。").param("frequency", "ANNUAL")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D*(\\d+).*", "$1"));
        for (long d : new long[] {y2024, y2026, y2025, draft}) {
            mvc.perform(post("/admin/opendata/series/" + id + "/members").param("dataset", String.valueOf(d))
                            .with(csrf()).with(fixtures.as(w.editor())))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/opendata/series/" + id + "?attached"));
        }
        // the back office lists every member, the latest period first, whatever its status
        String admin = mvc.perform(get("/admin/opendata/series/" + id).with(fixtures.as(w.editor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(admin).containsSubsequence("2027 年", "2026 年", "2025 年", "2024 年");
        assertThat(admin).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        mvc.perform(get("/admin/opendata/series").with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/opendata/series/" + id)));

        // a draft series is not public
        mvc.perform(get("/data/series/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/opendata/series/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/data/" + y2025)).andExpect(status().isOk()).andExpect(content().string(not(containsString("/data/series/" + id))));
        mvc.perform(post("/admin/opendata/series/" + id + "/publish").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/opendata/series/" + id + "/publish").with(csrf()).with(fixtures.as(w.publisher())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from audit_entry where target_type = 'od_series' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(6);

        // the public page: published members only, the latest first, hostile title inert
        String page = mvc.perform(get("/data/series/" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsSubsequence("2026 年教育经费预算", "2025 年教育经费预算", "2024 年教育经费预算")
                .doesNotContain("2027").doesNotContain("/data/" + draft + "\"")
                .doesNotContain("<script>alert(1)</script>").contains("dcat:DatasetSeries");
        // each member links its series and its neighbours; the latest says so
        mvc.perform(get("/data/" + y2025)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/data/series/" + id)))
                .andExpect(content().string(containsString("rel=\"prev\" href=\"/data/" + y2024 + "\"")))
                .andExpect(content().string(containsString("rel=\"next\" href=\"/data/" + y2026 + "\"")));
        mvc.perform(get("/data/" + y2026)).andExpect(status().isOk())
                .andExpect(content().string(containsString("这是该系列最新的一期")))
                .andExpect(content().string(not(containsString("/data/" + draft + "\""))));
        // the catalog names the series; the sitemap has it
        mvc.perform(get("/o/" + w.slug() + "/data")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/data/series/" + id)));
        assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString()).contains("/data/series/" + id + "<");

        // the metadata: first and last among the published members, the draft nowhere
        String json = mvc.perform(get("/api/v1/public/opendata/series/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"dcat:first\":{\"@id\":\"http://localhost/data/" + y2024 + "\"}")
                .contains("\"dcat:last\":{\"@id\":\"http://localhost/data/" + y2026 + "\"}")
                .doesNotContain("/data/" + draft + "\"").doesNotContain("<script>");
        String dataset = mvc.perform(get("/api/v1/public/opendata/datasets/" + y2025)).andReturn().getResponse().getContentAsString();
        assertThat(dataset).contains("dcat:inSeries").contains("\"dcat:prev\":{\"@id\":\"http://localhost/data/" + y2024 + "\"}")
                .contains("\"dcat:next\":{\"@id\":\"http://localhost/data/" + y2026 + "\"}");

        // removing a member: it leaves the public series at once
        mvc.perform(post("/admin/opendata/series/" + id + "/members/" + y2026 + "/remove").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/data/series/" + id)).andExpect(content().string(not(containsString("2026 年教育经费预算"))));
        mvc.perform(get("/data/" + y2025)).andExpect(content().string(containsString("这是该系列最新的一期")));

        // withdrawn: gone from pages, API, catalog, sitemap
        series.withdraw(w.publisher(), id);
        mvc.perform(get("/data/series/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/opendata/series/" + id + ".ttl")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/opendata/series/" + id + ".rdf")).andExpect(status().isNotFound());
        mvc.perform(get("/data/" + y2025)).andExpect(content().string(not(containsString("/data/series/" + id))));
        assertThat(mvc.perform(get("/api/v1/public/opendata/" + w.slug() + "/catalog")).andReturn().getResponse()
                .getContentAsString()).doesNotContain("/data/series/" + id);
        assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString()).doesNotContain("/data/series/" + id + "<");
    }

    @Test
    void attachingIsCheckedAndOtherOrganisationsCannotTouchASeries() throws Exception {
        World a = world("开放数据系列甲局");
        World b = world("开放数据系列乙局");
        long id = series.create(a.editor(), new SeriesForm("月度统计", "每月学生人数。", "MONTHLY", null));
        long other = manage.create(b.editor(), yearly("乙局数据", 2025));
        long noPeriod = manage.create(a.editor(), new DatasetForm("无时间范围", "说明。", "EDUC", null, "甲局",
                "a@example.gov.cn", null, "CC_BY_4_0", "MONTHLY", null, null, null, "RESULT", null, null));
        long ok = manage.create(a.editor(), yearly("2025 年 1 月", 2025));

        String url = "/admin/opendata/series/" + id + "/members";
        mvc.perform(post(url).param("dataset", String.valueOf(other)).with(csrf()).with(fixtures.as(a.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择本机构的一个数据集")));
        mvc.perform(post(url).param("dataset", String.valueOf(noPeriod)).with(csrf()).with(fixtures.as(a.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("没有填写时间范围的开始日期")))
                .andExpect(content().string(containsString("id=\"dataset-error\"")));
        mvc.perform(post(url).with(csrf()).with(fixtures.as(a.editor()))).andExpect(status().isBadRequest());
        series.attach(a.editor(), id, ok);
        long second = series.create(a.editor(), new SeriesForm("另一个系列", "说明。", "ANNUAL", null));
        mvc.perform(post("/admin/opendata/series/" + second + "/members").param("dataset", String.valueOf(ok))
                        .with(csrf()).with(fixtures.as(a.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("已属于一个系列")));

        // other organisation: 403 everywhere; unknown: 404; no CSRF: 403
        for (String get : new String[] {"/admin/opendata/series/" + id, "/admin/opendata/series/" + id + "/edit",
                "/admin/opendata/series?org=" + a.org()}) {
            mvc.perform(get(get).with(fixtures.as(b.editor()))).andExpect(status().isForbidden());
        }
        mvc.perform(post(url).param("dataset", String.valueOf(other)).with(csrf()).with(fixtures.as(b.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/opendata/series/" + id + "/publish").with(csrf()).with(fixtures.as(b.publisher())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/opendata/series/" + id + "/members/" + ok + "/remove").with(csrf()).with(fixtures.as(b.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/opendata/series/" + id).param("title", "x").param("description", "y")
                .param("frequency", "ANNUAL").param("version", "0").with(csrf()).with(fixtures.as(b.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/opendata/series/99999999").with(fixtures.as(a.editor()))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/opendata/series/" + id + "/members/" + ok + "/remove").with(fixtures.as(a.editor())))
                .andExpect(status().isForbidden());
        // a stale edit is 409, an empty list shows its empty state
        mvc.perform(post("/admin/opendata/series/" + id).param("title", "月度统计").param("description", "每月学生人数。")
                        .param("frequency", "MONTHLY").param("version", "0").with(csrf()).with(fixtures.as(a.editor())))
                .andExpect(status().isConflict());
        mvc.perform(get("/admin/opendata/series").with(fixtures.as(b.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("还没有数据集系列")));

        // the database keeps a series and its members in one organisation, and a dataset in one series
        assertThatThrownBy(() -> jdbc.sql("insert into od_series_member (series_id, dataset_id, attached_by) values (?, ?, ?)")
                .params(id, other, a.editor().id()).update()).hasMessageContaining("one organisation");
        assertThatThrownBy(() -> jdbc.sql("insert into od_series_member (series_id, dataset_id, attached_by) values (?, ?, ?)")
                .params(second, ok, a.editor().id()).update()).hasMessageContaining("od_series_member_dataset_id_key");
    }
}
