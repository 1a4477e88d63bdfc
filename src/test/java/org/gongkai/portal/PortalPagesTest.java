package org.gongkai.portal;

import org.gongkai.catalog.CatalogNode;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every public page type of an organisation's site, through MockMvc. */
@IntegrationTest
class PortalPagesTest {

    @Autowired MockMvc mvc;
    @Autowired PortalFixture fx;
    @Autowired JdbcClient jdbc;

    PortalFixture.Site site;
    CatalogNode notices;
    CatalogNode interpretations;

    @BeforeEach
    void setUp() {
        site = fx.site("页面县教育局");
        notices = fx.node(site, "通知公告");
        interpretations = fx.node(site, "政策解读");
    }

    String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void homeShowsColumnsSectionsAndSubordinates() throws Exception {
        fx.published(site, PortalFixture.content(notices.id(), "关于开展校园安全检查的通知", "安全 检查", LocalDate.of(2026, 3, 1)));
        fx.published(site, PortalFixture.content(interpretations.id(), "《校园安全管理办法》政策解读", "安全 解读", LocalDate.of(2026, 3, 2)));
        long child = fx.fixtures.organisation("页面镇中心学校", site.org().id());

        String home = html("/o/" + site.slug());
        assertThat(home).contains(site.org().name(), "关于开展校园安全检查的通知", "《校园安全管理办法》政策解读",
                "通知公告", "政策解读", "信息公开指南", "信息公开目录", "信息公开制度",
                "/o/" + fx.organisations.get(child).slug(), "/o/" + site.slug() + "/feed.atom");
        // No annual reports exist: no link to them, never a dead one.
        assertThat(home).doesNotContain("信息公开年报", "/reports");
    }

    @Test
    void topOrganisationAtRootAndOrganisationByHostName() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        String host = "portal-" + site.slug() + ".example.cn";
        jdbc.sql("update organisation set host_name = ? where id = ?").params(host, site.org().id()).update();
        fx.published(site, PortalFixture.content(notices.id(), "主机名站点的通知", "主机", LocalDate.of(2026, 3, 3)));
        mvc.perform(get("http://" + host + "/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("主机名站点的通知")))
                .andExpect(content().string(containsString(site.org().name())));
        mvc.perform(get("http://other.example.cn/")).andExpect(content().string(not(containsString("主机名站点的通知"))));
    }

    @Test
    void catalogTreeCountsAndColumnPagingAndSorting() throws Exception {
        CatalogNode enrolment = fx.node(site, "义务教育招生入学");
        for (int i = 0; i < 22; i++) {
            fx.published(site, PortalFixture.content(enrolment.id(), "招生文件%02d".formatted(i), "招生",
                    LocalDate.of(2026, 1, 1).plusDays(i)));
        }
        String tree = html("/o/" + site.slug() + "/catalog");
        assertThat(tree).contains("义务教育招生入学", "招生考试");
        // The node's own 22 and, on its parent 招生考试, the sum of its subtree.
        assertThat(countAfter(tree, "义务教育招生入学")).isEqualTo("22");
        assertThat(countAfter(tree, "招生考试")).isEqualTo("22");

        String byDate = html("/o/" + site.slug() + "/catalog/" + enrolment.id());
        assertThat(byDate).contains("招生文件21", "第 1 页，共 2 页").doesNotContain("招生文件01");
        assertThat(byDate.indexOf("招生文件21")).isLessThan(byDate.indexOf("招生文件20"));
        String page2 = html("/o/" + site.slug() + "/catalog/" + enrolment.id() + "?page=2");
        assertThat(page2).contains("招生文件01", "招生文件00").doesNotContain("招生文件21");
        String byTitle = html("/o/" + site.slug() + "/catalog/" + enrolment.id() + "?sort=title");
        assertThat(byTitle.indexOf("招生文件00")).isLessThan(byTitle.indexOf("招生文件01"));
        assertThat(byTitle).doesNotContain("招生文件21");
        // The parent column lists its subtree.
        assertThat(html("/o/" + site.slug() + "/catalog/" + enrolment.parentId())).contains("招生文件21");
        // A node of another organisation is not found under this site.
        PortalFixture.Site other = fx.site("别的县教育局");
        mvc.perform(get("/o/" + site.slug() + "/catalog/" + fx.node(other, "通知公告").id())).andExpect(status().isNotFound());
    }

    @Test
    void documentPageHasMetadataBreadcrumbsAttachmentsRelatedAndJsonLd() throws Exception {
        CatalogNode normative = fx.node(site, "规范性文件");
        long id = fx.create.create(site.editor(), site.org().id(), PortalFixture.content(normative.id(), "校园安全管理办法",
                "校园安全 管理", LocalDate.of(2026, 4, 1)));
        fx.attachPdf(site, id, "附件1.pdf", "attachment");
        fx.submitApprovePublish(site, id);
        long related = fx.published(site, PortalFixture.content(notices.id(), "校园安全专项检查通知", "校园安全 检查",
                LocalDate.of(2026, 4, 2)));

        String page = html("/documents/" + id);
        assertThat(page).contains("索引号", "发布机构", "成文日期", "文号", "有效性", "主题词", "校园安全管理办法",
                "附件1.pdf", "PDF", "KB", "相关文件", "校园安全专项检查通知", "/documents/" + related);
        // Breadcrumbs: the organisation, the catalog, 政策文件 › 规范性文件, the title.
        String crumbs = page.substring(page.indexOf("class=\"breadcrumbs\""), page.indexOf("</nav>", page.indexOf("class=\"breadcrumbs\"")));
        assertThat(crumbs).contains(site.org().name(), "信息公开目录", "政策文件", "规范性文件", "aria-current=\"page\"");
        assertThat(crumbs.indexOf("政策文件")).isLessThan(crumbs.indexOf("规范性文件"));

        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).isTrue();
        JsonNode ld = JsonMapper.builder().build().readTree(m.group(1));
        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("Legislation");
        assertThat(ld.get("name").asString()).isEqualTo("校园安全管理办法");
        assertThat(ld.get("legislationIdentifier").asString()).startsWith("测教〔2026〕");
        assertThat(ld.get("legislationLegalForce").asString()).isEqualTo("https://schema.org/InForce");
        assertThat(ld.get("identifier").get("value").asString()).matches("T\\d{8}/\\d{4}-\\d{5}");
        assertThat(ld.get("associatedMedia").get(0).get("contentUrl").asString()).contains("/files/");
        // A notice is a plain DigitalDocument.
        assertThat(html("/documents/" + related)).contains("\"@type\":\"DigitalDocument\"");
    }

    @Test
    void guideAndRulesSectionsAndTheirEditingPage() throws Exception {
        jdbc.sql("update organisation set office_name = ?, office_phone = ?, office_hours = ? where id = ?")
                .params("页面县教育局办公室", "0571-12345678", "工作日 9:00-17:00", site.org().id()).update();
        assertThat(html("/o/" + site.slug() + "/guide")).contains("页面县教育局办公室", "0571-12345678", "工作日 9:00-17:00");
        // The rules section exists because the catalog has a 信息公开制度 column.
        mvc.perform(get("/o/" + site.slug() + "/rules")).andExpect(status().isOk());

        var publisher = site.publisher();
        mvc.perform(get("/admin/portal/sections").with(fx.fixtures.as(publisher))).andExpect(status().isOk());
        mvc.perform(get("/admin/portal/sections").with(fx.fixtures.as(site.editor()))).andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/portal/sections")
                        .with(fx.fixtures.as(publisher))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("guide", "本指南依据《条例》编制。\n\n申请应当采用书面形式。<script>x</script>")
                        .param("rules", "主动公开制度要点。"))
                .andExpect(status().is3xxRedirection());
        String guide = html("/o/" + site.slug() + "/guide");
        assertThat(guide).contains("本指南依据《条例》编制。", "申请应当采用书面形式。&lt;script&gt;").doesNotContain("<script>x");
        assertThat(html("/o/" + site.slug() + "/rules")).contains("主动公开制度要点。");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'portal.sections.edit' and organisation_id = ?")
                .param(site.org().id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withdrawnShowsNoticeAndRemovedIsGone() throws Exception {
        long id = fx.published(site, PortalFixture.content(notices.id(), "将撤回的通知", "撤回", LocalDate.of(2026, 2, 1)));
        html("/documents/" + id);
        fx.withdraw(site, id);
        assertThat(html("/documents/" + id)).contains("本信息已撤回", "政策调整");
        assertThat(html("/o/" + site.slug())).doesNotContain("将撤回的通知");
        fx.remove(site, id);
        mvc.perform(get("/documents/" + id)).andExpect(status().isGone())
                .andExpect(content().string(not(containsString("将撤回的通知"))));
    }

    @Test
    void englishAndLargeText() throws Exception {
        String en = mvc.perform(get("/o/" + site.slug() + "/catalog").cookie(new jakarta.servlet.http.Cookie("gongkai-lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("lang=\"en\"", "Disclosure catalog");
        String large = mvc.perform(get("/o/" + site.slug() + "/catalog").cookie(new jakarta.servlet.http.Cookie(DisplayPreferencePages.COOKIE, "large")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(large).contains("class=\"large\"");
        assertThat(html("/o/" + site.slug() + "/catalog")).doesNotContain("class=\"large\"").contains("lang=\"zh-CN\"");
    }

    @Test
    void unknownSitesAndNodesAreNotFound() throws Exception {
        mvc.perform(get("/o/no-such-site")).andExpect(status().isNotFound());
        mvc.perform(get("/o/no-such-site/catalog")).andExpect(status().isNotFound());
        mvc.perform(get("/o/" + site.slug() + "/catalog/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/documents/999999999")).andExpect(status().isNotFound());
    }

    /** The count shown right after a node's name in the catalog tree. */
    static String countAfter(String html, String name) {
        Matcher m = Pattern.compile(">" + Pattern.quote(name) + "</a>\\s*<span class=\"count\">（(\\d+)）</span>").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    static List<String> hrefs(String html) {
        Matcher m = Pattern.compile("href=\"([^\"]+)\"").matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }
}
