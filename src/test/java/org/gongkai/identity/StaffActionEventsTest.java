package org.gongkai.identity;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffFixtures;
import org.gongkai.support.StaffFixtures.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.support.StaffFixtures.basic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/** Staff actions on catalogs, organisations and accounts are published for the audit log, with before and after. */
@IntegrationTest
@RecordApplicationEvents
class StaffActionEventsTest {

    @Autowired MockMvc mvc;
    @Autowired OrganisationRegistry organisations;
    @Autowired StaffRegistry staffRegistry;
    @Autowired ApplicationEvents events;

    private StaffAction last(String action) {
        return events.stream(StaffAction.class).filter(a -> a.action().equals(action)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void actionsArePublishedWithBeforeAndAfter() throws Exception {
        StaffFixtures f = new StaffFixtures(organisations, staffRegistry, mvc);
        long org = f.organisation(null, OrganisationKind.COUNTY);
        Staff editor = f.user(org, Role.EDITOR);
        Staff security = f.user(org, Role.SECURITY_ADMIN);
        Staff system = f.user(org, Role.SYSTEM_ADMIN);

        mvc.perform(post("/api/v1/organisations/" + org + "/catalog").with(basic(editor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"督导评估\",\"opennessClass\":\"RESULT\"}"))
                .andExpect(status().isCreated());
        StaffAction created = last("catalog.node.create");
        assertThat(created.actorId()).isEqualTo(editor.id());
        assertThat(created.organisationId()).isEqualTo(org);
        assertThat(created.after()).containsEntry("name", "督导评估").containsEntry("timeLimitDays", 20);

        Cookie sec = f.signIn(security);
        mvc.perform(post("/admin/users/" + editor.id() + "/roles").cookie(sec).with(csrf()).param("roles", "PUBLISHER"))
                .andExpect(status().is3xxRedirection());
        StaffAction roles = last("user.roles");
        assertThat(roles.actorId()).isEqualTo(security.id());
        assertThat(roles.before()).containsEntry("roles", "[EDITOR]");
        assertThat(roles.after()).containsEntry("roles", "[PUBLISHER]");

        Cookie sys = f.signIn(system);
        mvc.perform(post("/admin/users/" + editor.id() + "/enabled").cookie(sys).with(csrf()).param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(last("user.disable").after()).containsEntry("enabled", false);
        mvc.perform(get("/admin/organisations/" + org + "/edit").cookie(sys).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Disclosure office")));
    }
}
