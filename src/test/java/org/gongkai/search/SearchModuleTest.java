package org.gongkai.search;

import org.gongkai.document.CreateDocument;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.WithdrawOrRemove;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search module bootstrapped with only what it depends on: a document published by the document module
 * reaches the index through the {@code PublicChange} event alone, and leaves it when withdrawn.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(Fixtures.class)
@ActiveProfiles("test")
// its own embedded database, also in the server run: a second context must not clean the shared one
@TestPropertySource(properties = {"gongkai.data-dir=target/module-test-data/search", "gongkai.db.url=",
        "logging.level.org.springframework.modulith.test=info"})
class SearchModuleTest {

    /** The listeners run after commit on other threads; a loaded build machine may take a while. */
    private static final UnaryOperator<ConditionFactory> WAIT = c -> c.atMost(Duration.ofMinutes(1));

    @Autowired Fixtures fixtures;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired WithdrawOrRemove withdraw;
    @Autowired SearchIndex index;

    @Test
    void publicationAndWithdrawalReachTheIndexByEventOnly(Scenario scenario) {
        long org = fixtures.organisation("模块县教育局");
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser reviewer = fixtures.staff(org, Role.REVIEWER);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        String m = SearchIndexingTest.marker();
        long id = create.create(editor, org, SearchIndexingTest.content("关于" + m + "的通知", "正文 " + m));

        scenario.stimulate(() -> {
                    submit.submit(editor, id);
                    review.approve(reviewer, id, "同意");
                    publish.publishNow(publisher, id);
                })
                .customize(WAIT)
                .andWaitForStateChange(() -> found(m), ids -> !ids.isEmpty())
                .andVerify(ids -> assertThat(ids).containsExactly(id));

        scenario.stimulate(() -> withdraw.withdraw(publisher, id, "已被新文件替代"))
                .customize(WAIT)
                .andWaitForStateChange(() -> found(m), List::isEmpty)
                .andVerify(ids -> assertThat(ids).isEmpty());
    }

    private List<Long> found(String text) {
        return index.search(SearchQuery.of(text)).hits().stream().map(SearchHit::documentId).toList();
    }
}
