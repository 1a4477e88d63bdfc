package org.gongkai.search;

import org.gongkai.document.CreateDocument;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search pages as a visitor uses them: every page of a long result list renders and its links keep the query,
 * facets are links with counts, an organisation's site searches that organisation inside its own frame, a search
 * that finds nothing suggests another spelling and the application form.
 */
@IntegrationTest
class SearchPagingAndSitesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired SearchIndexer indexer;
    @Autowired org.gongkai.document.PublishedDocuments published;

    long publish(long org, String title, String body) {
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser reviewer = fixtures.staff(org, Role.REVIEWER);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        long id = create.create(editor, org, SearchIndexingTest.content(title, body));
        submit.submit(editor, id);
        review.approve(reviewer, id, "同意");
        publish.publishNow(publisher, id);
        indexer.sync(id);
        return id;
    }

    static String page(MockMvc mvc, String url) throws Exception {
        String html = mvc.perform(get(java.net.URI.create(url))).andExpect(status().isOk())
                .andExpect(content().string(containsString("</html>")))
                .andReturn().getResponse().getContentAsString();
        return html;
    }

    static List<String> links(String html, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<a[^>]*href=\"([^\"]*)\"[^>]*>" + Pattern.quote(text) + "</a>").matcher(html);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }

    @Test
    void everyPageOfMoreThanFortyResultsRendersAndItsLinksKeepTheQuery() throws Exception {
        String m = SearchIndexingTest.marker();
        long org = fixtures.organisation("分页县教育局");
        for (int i = 0; i < 45; i++) {
            publish(org, "关于" + m + "的第" + i + "号通知", "正文 " + m + " 第" + i + "段。");
        }
        String first = page(mvc, "/search?q=" + m);
        assertThat(first).contains("共找到 45 条结果").contains("第 1 页，共 3 页");
        String next = links(first, "下一页").get(0);
        assertThat(next).startsWith("/search?q=" + m).endsWith("page=2");
        String second = page(mvc, next);
        assertThat(second).contains("第 2 页，共 3 页");
        String third = page(mvc, links(second, "下一页").get(0));
        assertThat(third).contains("第 3 页，共 3 页").doesNotContain("下一页");
        assertThat(third.split("<li>\\s*<h3>", -1)).hasSize(6);
        String byDate = page(mvc, links(third, "按发布日期").get(0));
        assertThat(byDate).contains("共找到 45 条结果");
        assertThat(links(byDate, "下一页").get(0)).contains("q=" + m).contains("sort=date").contains("page=2");
        String facet = links(first, "结果公开 (45)").get(0);
        assertThat(facet).contains("q=" + m).contains("openness=RESULT");
        assertThat(page(mvc, facet)).contains("共找到 45 条结果");
        assertThat(links(first, organisations.get(org).name() + " (45)")).hasSize(1);
        assertThat(links(first, "2026 (45)").get(0)).contains("q=" + m).contains("year=2026");
    }

    @Test
    void anOrganisationsSiteSearchesThatOrganisationInsideItsOwnFrame() throws Exception {
        String m = SearchIndexingTest.marker();
        long county = fixtures.organisation("站内县教育局");
        long school = fixtures.organisation("站内县第一中学", county);
        long other = fixtures.organisation("别的县教育局");
        long own = publish(county, "县局通知 " + m, "正文");
        long below = publish(school, "学校通知 " + m, "正文");
        long elsewhere = publish(other, "别县通知 " + m, "正文");
        Organisation site = organisations.get(county);
        String base = "/o/" + site.slug();
        mvc.perform(get(java.net.URI.create(base))).andExpect(content().string(containsString("action=\"" + base + "/search\"")));
        String html = page(mvc, base + "/search?q=" + m);
        assertThat(html).contains("class=\"brand\" href=\"" + base + "\"").contains("<strong>" + site.name() + "</strong>")
                .contains("href=\"" + base + "/guide\"").contains("action=\"" + base + "/search\"");
        assertThat(html).contains("/documents/" + own).doesNotContain("/documents/" + below)
                .doesNotContain("/documents/" + elsewhere);
        String withBelow = page(mvc, base + "/search?scope=below&q=" + m);
        assertThat(withBelow).contains("/documents/" + own).contains("/documents/" + below)
                .doesNotContain("/documents/" + elsewhere).contains("<strong>" + site.name() + "</strong>");
        String all = page(mvc, base + "/search?scope=all&q=" + m);
        assertThat(all).contains("/documents/" + own, "/documents/" + below, "/documents/" + elsewhere);
        assertThat(links(html, "在全部机构中搜索")).containsExactly("/search?q=" + m);
        String top = page(mvc, "/search?q=" + m);
        assertThat(top).contains("/documents/" + own, "/documents/" + below, "/documents/" + elsewhere)
                .doesNotContain("<strong>" + site.name() + "</strong>");
    }

    @Test
    void aSearchThatFindsNothingSuggestsAnotherSpellingAndTheApplicationForm() throws Exception {
        String m = SearchIndexingTest.marker();
        long org = fixtures.organisation("建议县教育局");
        long id = publish(org, "关于" + m + "学区划分方案的通知", "正文");
        String traditional = page(mvc, "/search?q=" + enc(m + " 學區劃分"));
        assertThat(traditional).contains("/documents/" + id);
        String brackets = page(mvc, "/search?q=" + enc(m + " 学区【划分】"));
        assertThat(brackets).contains("没有找到符合条件的公开信息").contains("您是不是要找")
                .contains("href=\"/apply\"").contains("提交政府信息公开申请");
        String suggested = links(brackets, m + " 学区划分").get(0);
        assertThat(page(mvc, suggested)).contains("/documents/" + id);
        String quoted = page(mvc, "/search?q=" + enc(m + " \"学区 划分\""));
        assertThat(quoted).contains("您是不是要找");
        String onSite = page(mvc, "/o/" + organisations.get(org).slug() + "/search?q=" + enc("无此内容" + m));
        assertThat(onSite).contains("href=\"/apply?org=" + organisations.get(org).slug() + "\"");
    }

    @Test
    void filtersByDocumentNumberAndIndexNumberFromTheForm() throws Exception {
        String m = SearchIndexingTest.marker();
        long org = fixtures.organisation("文号县教育局");
        long id = publish(org, "文号筛选 " + m, "正文");
        mvc.perform(get("/search").param("q", m).param("number", "不存在〔2026〕1号"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/documents/" + id))));
        mvc.perform(get("/search").param("q", m).param("index", "nothing-like-it"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/documents/" + id))));
        String indexNumber = published.find(id).orElseThrow().indexNumber();
        assertThat(indexNumber).isNotBlank();
        mvc.perform(get("/search").param("q", m).param("index", indexNumber))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/documents/" + id)));
        mvc.perform(get("/api/v1/public/search").param("q", m))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"facets\"")));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
