package org.gongkai.opendata;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Open data end to end: versions and their comparison, a GBK CSV, the checks' 400s with messages, screening, who may
 * see and change what, hostile text kept inert, and nothing unpublished reaching a page, the API, the feed, the
 * sitemap or a download address.
 */
@IntegrationTest
class OpenDataTest {

    static final String V1 = "学校代码,学校名称,在校生数\n1001,清溪一中,1200\n1002,清溪二中,980\n1003,清溪三中,450\n";
    static final String V2 = "学校代码,学校名称,在校生数,教师数\n1001,清溪一中,1250,90\n1002,清溪二中,980,70\n1004,清溪四中,300,25\n";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageDatasets manage;
    @Autowired UploadResource upload;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationDirectory organisations;

    record World(long org, String slug, StaffUser editor, StaffUser publisher) {
    }

    World world(String name) {
        long org = fixtures.organisation(name);
        return new World(org, organisations.get(org).slug(), fixtures.staff(org, Role.EDITOR),
                fixtures.staff(org, Role.PUBLISHER));
    }

    static DatasetForm form(String title) {
        return new DatasetForm(title, "各校在校生与教师人数。", "EDUC", "学校,学生", "清溪县教育局", "data@example.gov.cn",
                null, "CC_BY_4_0", "ANNUAL", "2025-01-01", "2025-12-31", "清溪县", "RESULT", "《政府信息公开条例》第二十条", null);
    }

    @Test
    void aChangedCsvShowsColumnsAndRowsAddedRemovedAndChangedByItsKey() throws Exception {
        World w = world("开放数据版本局");
        long id = manage.create(w.editor(), form("学校规模"));
        UploadResource.Uploaded first = upload.addResource(w.editor(), id, "学校名录", "学校代码", "schools.csv", utf8(V1));
        manage.publish(w.publisher(), id);
        UploadResource.Uploaded second = upload.addVersion(w.editor(), id, first.resourceId(), "新增教师数", "schools.csv", utf8(V2));
        assertThat(second.number()).isEqualTo(2);
        manage.publish(w.publisher(), id);

        mvc.perform(get("/data/" + id + "/resources/" + first.resourceId() + "/changes?from=1&to=2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新增列：教师数")))
                .andExpect(content().string(containsString("新增 1 行，删除 1 行，修改 1 行")))
                .andExpect(content().string(containsString("清溪四中")))
                .andExpect(content().string(containsString("清溪三中")))
                .andExpect(content().string(containsString("<del>1200</del>")))
                .andExpect(content().string(containsString("<ins>1250</ins>")));
        // the earlier version stays downloadable, as it was
        MvcResult old = mvc.perform(get("/data/" + id + "/resources/" + first.resourceId() + "/v/1"))
                .andExpect(status().isOk()).andReturn();
        assertThat(new String(old.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).contains("清溪三中,450");

        Table a = TableChecks.check(CsvReader.read(V1)).table();
        Table b = TableChecks.check(CsvReader.read(V2)).table();
        TableDiff.Result byContent = TableDiff.compare(a, b, null);
        assertThat(byContent.addedColumns()).containsExactly("教师数");
        assertThat(byContent.removedCount()).isEqualTo(2);
        assertThat(byContent.addedCount()).isEqualTo(2);
        assertThat(byContent.changedCount()).isZero();
    }

    @Test
    void aGbkCsvIsDetectedConvertedAndPreviewed() throws Exception {
        World w = world("开放数据编码局");
        long id = manage.create(w.editor(), form("GBK 名录"));
        byte[] gbk = "学校名称,地址\n清溪县实验小学,清溪镇人民路１号\n".getBytes(Charset.forName("GBK"));
        UploadResource.Uploaded u = upload.addResource(w.editor(), id, "名录", null, "gbk.csv", gbk);
        assertThat(u.warnings()).contains("od.check.converted");
        manage.publish(w.publisher(), id);
        mvc.perform(get("/data/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("清溪县实验小学")))
                .andExpect(content().string(containsString("清溪镇人民路１号")));
        MvcResult file = mvc.perform(get("/data/" + id + "/resources/" + u.resourceId() + "/v/1"))
                .andExpect(status().isOk()).andReturn();
        assertThat(file.getResponse().getContentType()).contains("text/csv").contains("UTF-8");
        assertThat(new String(file.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).contains("清溪县实验小学");
        assertThat(jdbc.sql("select source_encoding from od_resource_version where resource_id = ?")
                .param(u.resourceId()).query(String.class).single()).isEqualTo("GBK");
    }

    @Test
    void badUploadsAreAnswered400WithTheirProblemsInWords() throws Exception {
        World w = world("开放数据检查局");
        long id = manage.create(w.editor(), form("检查"));
        String url = "/admin/opendata/" + id + "/resources";
        mvc.perform(multipart(url).file(csv("a,a,\n1,2,3\n4,5\n")).param("title", "坏表").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("列名“a”重复出现")))
                .andExpect(content().string(containsString("第 3 列没有列名")))
                .andExpect(content().string(containsString("第 3 行有 2 个单元格，而表头有 3 列")));
        mvc.perform(multipart(url).file(csv("名称,说明\n\"未结束,x\n")).param("title", "引号").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("第 2 行开始的引号没有结束")));
        mvc.perform(multipart(url).file(csv("名称,公式\n甲,=HYPERLINK(\"http://x\")\n")).param("title", "公式").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("会将其作为公式执行")));
        mvc.perform(multipart(url).file(csv("姓名,手机\n张三,13812345678\n")).param("title", "个人").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("含手机号码")))
                .andExpect(content().string(not(containsString("13812345678"))));
        byte[] big = new byte[(int) UploadChecks.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        mvc.perform(multipart(url).file(new MockMultipartFile("file", "big.csv", "text/csv", big)).param("title", "大")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("上限")));
        mvc.perform(multipart(url).file(new MockMultipartFile("file", "x.json", "application/json", utf8("{\"a\": ")))
                        .param("title", "坏 JSON").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("JSON 格式错误")));
        mvc.perform(multipart(url).file(csv(V1)).param("title", "").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("必填")));
        // a mixed column: accepted, with a warning naming the line
        UploadResource.Uploaded u = upload.addResource(w.editor(), id, "混合", null, "m.csv",
                utf8("项目,金额\n甲,1\n乙,2\n丙,3\n丁,4\n戊,5\n己,6\n庚,7\n辛,8\n壬,9\n癸,10\n子,十一\n\n"));
        assertThat(u.warnings()).contains("od.check.type.INTEGER", "od.check.emptyRows");
        assertThat(jdbc.sql("select count(*) from od_resource where dataset_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1L);
        // the dataset form: 400 with a message next to the field
        mvc.perform(post("/admin/opendata").param("title", "").param("theme", "EDUC").param("licence", "CC_BY_4_0")
                        .param("frequency", "ANNUAL").param("opennessClass", "RESULT").param("publisher", "局")
                        .param("contactEmail", "not-an-address").param("description", "d")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写有效的邮箱地址")))
                .andExpect(content().string(containsString("id=\"title-error\"")));
        mvc.perform(post("/admin/opendata").param("title", "x").with(fixtures.as(w.editor())))
                .andExpect(status().isForbidden());
    }

    @Test
    void nothingUnpublishedReachesAPageTheApiTheFeedTheSitemapOrADownload() throws Exception {
        World w = world("开放数据泄露局");
        long draft = manage.create(w.editor(), form("草稿数据集LEAKDRAFT"));
        UploadResource.Uploaded d = upload.addResource(w.editor(), draft, "草稿资源", null, "d.csv", utf8("名称\nLEAKCELL\n"));
        long pub = manage.create(w.editor(), form("已发布数据集VISIBLE"));
        UploadResource.Uploaded p = upload.addResource(w.editor(), pub, "资源", null, "p.csv", utf8("名称\n第一版\n"));
        manage.publish(w.publisher(), pub);
        UploadResource.Uploaded p2 = upload.addVersion(w.editor(), pub, p.resourceId(), null, "p.csv", utf8("名称\nLEAKVERSION\n"));
        UploadResource.Uploaded p3 = upload.addResource(w.editor(), pub, "未发布资源LEAKRES", null, "r.csv", utf8("名称\n值\n"));
        long withdrawn = manage.create(w.editor(), form("撤回数据集LEAKWITHDRAWN"));
        UploadResource.Uploaded x = upload.addResource(w.editor(), withdrawn, "撤回资源", null, "x.csv", utf8("名称\n值\n"));
        manage.publish(w.publisher(), withdrawn);
        manage.withdraw(w.publisher(), withdrawn);

        List<String> leaks = List.of("LEAKDRAFT", "LEAKCELL", "LEAKVERSION", "LEAKRES", "LEAKWITHDRAWN");
        for (String url : List.of("/o/" + w.slug() + "/data", "/data/" + pub, "/o/" + w.slug() + "/data/feed.atom",
                "/api/v1/public/opendata/" + w.slug() + "/datasets", "/api/v1/public/opendata/" + w.slug() + "/catalog",
                "/api/v1/public/opendata/datasets/" + pub, "/api/v1/public/opendata/" + w.slug() + "/catalog.ttl",
                "/api/v1/public/opendata/datasets/" + pub + ".ttl", "/sitemap.xml", "/o/" + w.slug())) {
            String body = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            for (String leak : leaks) {
                assertThat(body).as(url).doesNotContain(leak);
            }
            assertThat(body).as(url).doesNotContain("/data/" + draft + "\"").doesNotContain("/data/" + withdrawn + "\"")
                    .doesNotContain("/data/" + draft + "<").doesNotContain("/data/" + withdrawn + "<")
                    .doesNotContain("/data/" + draft + ">").doesNotContain("/data/" + withdrawn + ">");
        }
        assertThat(mvc.perform(get("/o/" + w.slug() + "/data")).andReturn().getResponse().getContentAsString()).contains("VISIBLE");
        assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString()).contains("/data/" + pub + "<");
        for (String url : List.of("/data/" + draft, "/data/" + withdrawn, "/api/v1/public/opendata/datasets/" + draft,
                "/api/v1/public/opendata/datasets/" + withdrawn,
                "/api/v1/public/opendata/datasets/" + draft + ".ttl", "/api/v1/public/opendata/datasets/" + withdrawn + ".ttl",
                "/data/" + draft + "/resources/" + d.resourceId() + "/v/1",
                "/data/" + withdrawn + "/resources/" + x.resourceId() + "/v/1",
                "/data/" + pub + "/resources/" + p.resourceId() + "/v/2",
                "/data/" + pub + "/resources/" + p3.resourceId() + "/v/1",
                "/data/" + pub + "/resources/" + d.resourceId() + "/v/1",
                "/data/" + pub + "/resources/" + p.resourceId() + "/changes?from=1&to=2")) {
            int code = mvc.perform(get(url)).andReturn().getResponse().getStatus();
            assertThat(code).as(url).isIn(400, 404);
        }
        assertThat(p2.number()).isEqualTo(2);
        // the staff member still sees and downloads the unpublished version
        mvc.perform(get("/admin/opendata/" + pub + "/resources/" + p.resourceId() + "/v/2").with(fixtures.as(w.editor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("LEAKVERSION")));
    }

    @Test
    void otherOrganisationsIdsAre403And404AndRolesAreKept() throws Exception {
        World a = world("开放数据甲局");
        World b = world("开放数据乙局");
        long id = manage.create(a.editor(), form("甲的数据"));
        UploadResource.Uploaded u = upload.addResource(a.editor(), id, "资源", null, "a.csv", utf8(V1));
        mvc.perform(get("/admin/opendata/" + id).with(fixtures.as(b.editor()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/opendata/" + id + "/edit").with(fixtures.as(b.editor()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/opendata/" + id + "/resources/" + u.resourceId() + "/v/1").with(fixtures.as(b.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/opendata/" + id + "/publish").with(csrf()).with(fixtures.as(b.publisher())))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/opendata/" + id + "/resources/" + u.resourceId() + "/versions").file(csv(V2))
                        .with(csrf()).with(fixtures.as(b.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/opendata/99999999").with(fixtures.as(a.editor()))).andExpect(status().isNotFound());
        // an editor may not publish; a publisher may
        mvc.perform(post("/admin/opendata/" + id + "/publish").with(csrf()).with(fixtures.as(a.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/opendata/" + id).with(fixtures.as(a.publisher()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/publish")));
        mvc.perform(post("/admin/opendata/" + id + "/publish").with(csrf()).with(fixtures.as(a.publisher())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'opendata.dataset.publish' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1L);
        // the list, as each sees it
        mvc.perform(get("/admin/opendata").with(fixtures.as(a.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲的数据")));
        mvc.perform(get("/admin/opendata").with(fixtures.as(b.editor()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("甲的数据"))))
                .andExpect(content().string(containsString("还没有数据集")));
        mvc.perform(get("/admin/opendata?org=" + a.org()).with(fixtures.as(b.editor()))).andExpect(status().isForbidden());
    }

    @Test
    void hostileHtmlInTitlesAndCellsIsInert() throws Exception {
        World w = world("开放数据转义局");
        String evil = "<script>alert(1)</script>";
        long id = manage.create(w.editor(), form("标题" + evil));
        upload.addResource(w.editor(), id, "资源" + evil, null, "e.csv",
                utf8("名称,说明\n\"<img src=x onerror=alert(2)>\",\"</script><script>alert(3)</script>\"\n"));
        manage.publish(w.publisher(), id);
        String page = mvc.perform(get("/data/" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("</script><script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(2)&gt;");
        String admin = mvc.perform(get("/admin/opendata/" + id).with(fixtures.as(w.editor())))
                .andReturn().getResponse().getContentAsString();
        assertThat(admin).doesNotContain("<script>alert");
        String feed = mvc.perform(get("/o/" + w.slug() + "/data/feed.atom")).andReturn().getResponse().getContentAsString();
        assertThat(feed).doesNotContain("<script>").contains("&lt;script");
    }

    @Test
    void dcatApJsonLdHasTheRequiredProperties() throws Exception {
        World w = world("开放数据元数据局");
        long id = manage.create(w.editor(), form("元数据"));
        upload.addResource(w.editor(), id, "表", null, "t.csv", utf8(V1));
        manage.publish(w.publisher(), id);
        var json = OpenDataStore.JSON.readTree(mvc.perform(get("/api/v1/public/opendata/" + w.slug() + "/catalog"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(json.get("@type").asString()).isEqualTo("dcat:Catalog");
        for (String p : List.of("dct:title", "dct:description", "dct:publisher", "dcat:dataset")) {
            assertThat(json.has(p)).as(p).isTrue();
        }
        var ds = json.get("dcat:dataset").get(0);
        assertThat(ds.get("@type").asString()).isEqualTo("dcat:Dataset");
        for (String p : List.of("dct:title", "dct:description", "dct:publisher", "dcat:theme", "dcat:contactPoint",
                "dct:accrualPeriodicity", "dcat:distribution")) {
            assertThat(ds.has(p)).as(p).isTrue();
        }
        var dist = ds.get("dcat:distribution").get(0);
        for (String p : List.of("dcat:accessURL", "dcat:downloadURL", "dct:format", "dct:license")) {
            assertThat(dist.has(p)).as(p).isTrue();
        }
    }

    @Test
    void versionsAreImmutableInTheDatabase() {
        World w = world("开放数据不可变局");
        long id = manage.create(w.editor(), form("不可变"));
        UploadResource.Uploaded u = upload.addResource(w.editor(), id, "表", null, "t.csv", utf8(V1));
        assertThatThrownBy(() -> jdbc.sql("update od_resource_version set row_count = 1 where resource_id = ?")
                .param(u.resourceId()).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from od_resource_version where resource_id = ?")
                .param(u.resourceId()).update()).isInstanceOf(DataAccessException.class);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static MockMultipartFile csv(String s) {
        return new MockMultipartFile("file", "t.csv", "text/csv", utf8(s));
    }
}
