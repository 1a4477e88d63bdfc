package org.gongkai.platform;

import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every entry of the back office's navigation opens for whoever sees it: no link that answers 403. */
@IntegrationTest
class AdminNavTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void noNavigationEntryIsRefusedToTheStaffItIsShownTo() throws Exception {
        long province = fixtures.organisation("导航省教育厅");
        long county = fixtures.organisation("导航县教育局", province);
        List<String> refused = new ArrayList<>();
        for (long org : List.of(province, county)) {
            for (Role role : Role.values()) {
                StaffUser user = fixtures.staff(org, role);
                for (String path : navigation(user)) {
                    int status = mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse().getStatus();
                    if (status == 403 || status >= 500) {
                        refused.add(role + (org == county ? " (county) " : " (root) ") + path + " → " + status);
                    }
                }
            }
        }
        assertThat(refused).isEmpty();
    }

    @Test
    void theMirrorCheckLogIsOfferedToStaffOfARootOnly() throws Exception {
        long province = fixtures.organisation("导航二省教育厅");
        long county = fixtures.organisation("导航二县教育局", province);
        assertThat(navigation(fixtures.staff(province, Role.PUBLISHER))).contains("/admin/mirror-checks");
        assertThat(navigation(fixtures.staff(county, Role.PUBLISHER))).doesNotContain("/admin/mirror-checks");
    }

    private List<String> navigation(StaffUser user) throws Exception {
        String html = mvc.perform(get("/admin").with(fixtures.as(user))).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).select("header nav a[href^=/admin]").eachAttr("href");
    }
}
