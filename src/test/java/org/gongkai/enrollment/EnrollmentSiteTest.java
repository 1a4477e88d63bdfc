package org.gongkai.enrollment;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.portal.SiteContentChanged;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The school-district look-up reaches a county's site navigation through enrollment's SiteContribution (not a special
 * case in the portal): no link before a zoning is published, the link on the site's (cached) pages right after.
 */
@IntegrationTest
@RecordApplicationEvents
class EnrollmentSiteTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired ZoningRules rules;
    @Autowired ZoningStore store;
    @Autowired ApplicationEvents events;

    @Test
    void theSchoolDistrictLinkAppearsWhenTheFirstZoningIsPublished() throws Exception {
        long county = fixtures.organisation("学区导航县教育局");
        String slug = organisations.get(county).slug();
        String link = "href=\"" + PublishedZoning.lookUpPath(slug) + "\"";
        String guide = "/o/" + slug + "/guide";
        assertThat(page(guide)).doesNotContain(link);
        assertThat(page(guide)).doesNotContain(link); // and so in the page cache

        long id = rules.open(fixtures.staff(county, Role.EDITOR), county, 2026, false);
        assertThat(rules.importRules(fixtures.staff(county, Role.EDITOR), id, "rules.csv",
                "学校,街路巷,起始号,终止号,单双号,小区,备注\n实验小学,建设路,1,99,单号,,\n".getBytes(StandardCharsets.UTF_8))
                .problems()).isEmpty();
        rules.publish(fixtures.staff(county, Role.PUBLISHER), id, "县教育局学区划分决定", null,
                String.valueOf(store.find(id).orElseThrow().version()));

        assertThat(events.stream(SiteContentChanged.class).filter(e -> e.organisationId() == county)).hasSize(1);
        assertThat(page(guide)).contains(link, "学区查询");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }
}
