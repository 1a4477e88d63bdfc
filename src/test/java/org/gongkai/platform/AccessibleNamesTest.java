package org.gongkai.platform;

import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * axe-core's label-content-name-mismatch and landmark-unique, checked without a browser: a button's aria-label
 * contains its visible text (speech users say what they see), and landmarks of one role carry distinct names.
 */
@IntegrationTest
class AccessibleNamesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void theUserListsButtonsSayTheirVisibleTextInTheirAriaLabel() throws Exception {
        long org = fixtures.organisation("无障碍县教育局");
        StaffUser admin = fixtures.staff(org, Role.SYSTEM_ADMIN);
        fixtures.staff(org, Role.EDITOR);
        Document page = Jsoup.parse(mvc.perform(get("/admin/users").param("org", String.valueOf(org)).with(fixtures.as(admin)))
                .andReturn().getResponse().getContentAsString());
        List<Element> labelled = page.select("main button[aria-label], main a[aria-label]");
        assertThat(labelled).isNotEmpty();
        assertThat(labelled).allSatisfy(e -> assertThat(e.attr("aria-label")).as(e.outerHtml()).contains(e.text()));
    }

    @Test
    void theSearchPagesSearchLandmarksHaveDistinctNames() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/search").param("q", "招生")).andReturn().getResponse().getContentAsString());
        List<Element> landmarks = page.select("[role=search]");
        assertThat(landmarks).hasSizeGreaterThan(1);
        assertThat(landmarks.stream().map(e -> e.attr("aria-label")).distinct()).hasSize(landmarks.size());
    }
}
