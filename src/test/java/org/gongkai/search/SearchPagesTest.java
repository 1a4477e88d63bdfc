package org.gongkai.search;

import org.gongkai.document.CreateDocument;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public search page and API: escaped highlights, filters as GET parameters, clear answers to bad queries. */
@IntegrationTest
class SearchPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired SearchIndexer indexer;

    long publishedWithHostileTitle(String marker) {
        long org = fixtures.organisation("页面县教育局");
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser reviewer = fixtures.staff(org, Role.REVIEWER);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        long id = create.create(editor, org, SearchIndexingTest.content(
                "通知<script>alert('x')</script>" + marker, "正文说明 " + marker + " 与 <b>粗体</b>。"));
        submit.submit(editor, id);
        review.approve(reviewer, id, "同意");
        publish.publishNow(publisher, id);
        indexer.sync(id);
        return id;
    }

    @Test
    void thePageShowsEscapedHighlightedResults() throws Exception {
        String m = SearchIndexingTest.marker();
        long id = publishedWithHostileTitle(m);
        mvc.perform(get("/search").param("q", m))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/documents/" + id)))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("<mark>" + m + "</mark>")))
                .andExpect(content().string(containsString("共找到 1 条结果")));
        mvc.perform(get("/search").param("q", m).param("year", "1999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有找到符合条件的公开信息")));
        mvc.perform(get("/search").param("q", m).param("lang", "en").param("sort", "date").param("page", "x")
                        .param("org", "abc").param("openness", "nonsense"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 results")));
    }

    @Test
    void overLongAndMalformedQueriesGetAMessageNotAnError() throws Exception {
        mvc.perform(get("/search").param("q", "政".repeat(150)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("搜索内容过长")));
        mvc.perform(get("/search").param("q", "\"政务公开"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("引号没有成对出现")));
        mvc.perform(get("/search").param("q", "title:* AND (foo OR"))
                .andExpect(status().isOk());
        mvc.perform(get("/search"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"q\"")));
        mvc.perform(get("/api/v1/public/search").param("q", "x".repeat(150)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theApiAnswersJsonWithoutSigningIn() throws Exception {
        String m = SearchIndexingTest.marker();
        long id = publishedWithHostileTitle(m);
        mvc.perform(get("/api/v1/public/search").param("q", m))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].id").value(id))
                .andExpect(jsonPath("$.hits[0].url").value("/documents/" + id))
                .andExpect(jsonPath("$.hits[0].titleHtml").value(containsString("&lt;script&gt;")));
    }

    @Test
    void everyPublicPageCarriesTheSearchBox() throws Exception {
        mvc.perform(get("/search").param("q", "公开"))
                .andExpect(content().string(containsString("id=\"site-search\"")));
    }
}
