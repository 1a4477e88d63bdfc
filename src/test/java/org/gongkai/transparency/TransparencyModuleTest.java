package org.gongkai.transparency;

import org.gongkai.document.CreateDocument;
import org.gongkai.document.Disclosure;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.Validity;
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
import java.time.LocalDate;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transparency log bootstrapped with only what it depends on: a publication and a withdrawal, announced by the
 * document module's {@code PublicChange}, each become a leaf, and the log announces {@link TransparencyRecorded}.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(Fixtures.class)
@ActiveProfiles("test")
// its own embedded database, also in the server run: a second context must not clean the shared one
@TestPropertySource(properties = {"gongkai.data-dir=target/module-test-data/transparency", "gongkai.db.url="})
class TransparencyModuleTest {

    /** The listeners run after commit on other threads; a loaded build machine may take a while. */
    private static final UnaryOperator<ConditionFactory> WAIT = c -> c.atMost(Duration.ofMinutes(1));

    @Autowired Fixtures fixtures;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired WithdrawOrRemove withdraw;
    @Autowired LeafStore leaves;

    @Test
    void publicationAndWithdrawalBecomeLeaves(Scenario scenario) {
        long org = fixtures.organisation("透明模块县教育局");
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser reviewer = fixtures.staff(org, Role.REVIEWER);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        long id = create.create(editor, org, DocumentContent.builder()
                .title("透明模块测试通知" + System.nanoTime()).issuer("透明模块县教育局").writtenDate(LocalDate.of(2026, 3, 1))
                .theme("教育").opennessClass("RESULT").keywords("测试").disclosure(Disclosure.PROACTIVE)
                .validity(Validity.VALID).bodyHtml("<p>正文</p>").build());

        scenario.stimulate(() -> {
                    submit.submit(editor, id);
                    review.approve(reviewer, id, "同意");
                    publish.publishNow(publisher, id);
                })
                .customize(WAIT)
                .andWaitForEventOfType(TransparencyRecorded.class)
                .matching(recorded -> recorded.documentId() == id)
                .toArriveAndVerify(recorded -> assertThat(leaves.ofDocument(id))
                        .extracting(StoredLeaf::kind).containsExactly(LeafKind.PUBLISHED));

        scenario.stimulate(() -> withdraw.withdraw(publisher, id, "已被新文件替代"))
                .customize(WAIT)
                .andWaitForEventOfType(TransparencyRecorded.class)
                .matching(recorded -> recorded.documentId() == id)
                .toArriveAndVerify(recorded -> assertThat(leaves.ofDocument(id))
                        .extracting(StoredLeaf::kind).containsExactly(LeafKind.PUBLISHED, LeafKind.WITHDRAWN));
    }
}
