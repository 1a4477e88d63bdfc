package org.gongkai.portal;

import org.gongkai.document.CreateDocument;
import org.gongkai.document.Disclosure;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.Validity;
import org.gongkai.document.WithdrawOrRemove;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The portal bootstrapped with only what it depends on: a {@code PublicChange} from the document module evicts
 * the organisation's cached pages at once and records the change for the other nodes (the outbox listener).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(Fixtures.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
// its own embedded database, also in the server run: a second context must not clean the shared one
@TestPropertySource(properties = {"gongkai.data-dir=target/module-test-data/portal", "gongkai.db.url="})
class PortalModuleTest {

    /** The listeners run after commit on other threads; a loaded build machine may take a while. */
    private static final UnaryOperator<ConditionFactory> WAIT = c -> c.atMost(Duration.ofMinutes(1));

    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired WithdrawOrRemove withdraw;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void aWithdrawalEvictsTheCachedHomePageAndIsSignalledToOtherNodes(Scenario scenario) throws Exception {
        long org = fixtures.organisation("缓存模块县教育局");
        String home = "/o/" + organisations.find(org).orElseThrow().slug();
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser reviewer = fixtures.staff(org, Role.REVIEWER);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        String title = "关于缓存模块测试" + System.nanoTime() + "的通知";
        long id = create.create(editor, org, DocumentContent.builder()
                .title(title).issuer("缓存模块县教育局").writtenDate(LocalDate.of(2026, 3, 1)).theme("教育")
                .opennessClass("RESULT").keywords("测试").disclosure(Disclosure.PROACTIVE).validity(Validity.VALID)
                .bodyHtml("<p>正文</p>").build());

        scenario.stimulate(() -> {
                    submit.submit(editor, id);
                    review.approve(reviewer, id, "同意");
                    publish.publishNow(publisher, id);
                })
                .customize(WAIT)
                .andWaitForStateChange(() -> recordedChanges(id), n -> n >= 1)
                .andVerify(n -> assertThat(n).isEqualTo(1));

        render(home);
        assertThat(render(home).getResponse().getHeader("X-Page-Cache")).isEqualTo("hit");
        assertThat(render(home).getResponse().getContentAsString()).contains(title);

        scenario.stimulate(() -> withdraw.withdraw(publisher, id, "已被新文件替代"))
                .customize(WAIT)
                .andWaitForStateChange(() -> recordedChanges(id), n -> n >= 2)
                .andVerify(n -> assertThat(n).isEqualTo(2));

        var after = render(home).getResponse();
        assertThat(after.getHeader("X-Page-Cache")).isNotEqualTo("hit");
        assertThat(after.getContentAsString()).doesNotContain(title);
    }

    private org.springframework.test.web.servlet.MvcResult render(String path) throws Exception {
        return mvc.perform(get(path)).andReturn();
    }

    private long recordedChanges(long documentId) {
        return jdbc.sql("select count(*) from node_signal where topic = 'document' and subject like ?")
                .param("%/" + documentId)
                .query(Long.class).single();
    }
}
