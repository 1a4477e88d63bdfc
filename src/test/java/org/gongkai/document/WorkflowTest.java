package org.gongkai.document;

import org.gongkai.catalog.CatalogEditing;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.NodeDraft;
import org.gongkai.catalog.OpennessClass;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class WorkflowTest {

    @Autowired Fixtures fixtures;
    @Autowired CreateDocument create;
    @Autowired SaveDraft save;
    @Autowired AttachFile attach;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired StartNewEdition newEdition;
    @Autowired WithdrawOrRemove withdrawOrRemove;
    @Autowired DocumentStore store;
    @Autowired PublishedDocuments published;
    @Autowired JdbcClient jdbc;

    long org;
    StaffUser editor;
    StaffUser reviewer;
    StaffUser publisher;

    @BeforeEach
    void staff() {
        org = fixtures.organisation("流程县教育局");
        editor = fixtures.staff(org, Role.EDITOR);
        reviewer = fixtures.staff(org, Role.REVIEWER);
        publisher = fixtures.staff(org, Role.PUBLISHER);
    }

    long approvedDocument(String title) {
        long id = create.create(editor, org, DocumentSamples.content(title));
        submit.submit(editor, id);
        review.approve(reviewer, id, "同意");
        return id;
    }

    EditionStatus working(long id) {
        return store.inProgressEdition(id).map(Edition::status).orElse(null);
    }

    EditionStatus live(long id) {
        return store.liveEdition(id).map(Edition::status).orElse(null);
    }

    @Test
    void draftToPublishedAndIndexNumberGivenOnce() {
        long id = create.create(editor, org, DocumentSamples.content("关于做好2026年招生工作的通知"));
        assertThat(working(id)).isEqualTo(EditionStatus.DRAFT);
        assertThat(published.find(id)).isEmpty();

        int version = store.inProgressEdition(id).orElseThrow().lockVersion();
        save.save(editor, id, version, DocumentSamples.withBody(DocumentSamples.content("关于做好2026年招生工作的通知"), "<p>新正文</p>"));
        submit.submit(editor, id);
        assertThat(working(id)).isEqualTo(EditionStatus.SUBMITTED);
        review.approve(reviewer, id, null);
        assertThat(working(id)).isEqualTo(EditionStatus.APPROVED);
        assertThat(published.find(id)).isEmpty();
        publish.publishNow(publisher, id);

        assertThat(working(id)).isNull();
        assertThat(live(id)).isEqualTo(EditionStatus.PUBLISHED);
        String index = store.findDocument(id).orElseThrow().indexNumber();
        assertThat(index).matches("T\\d{8}/\\d{4}-\\d{5}");
        assertThat(published.find(id)).get().extracting(PublishedDocument::bodyText).isEqualTo("新正文");

        newEdition.start(editor, id);
        int v2 = store.inProgressEdition(id).orElseThrow().lockVersion();
        save.save(editor, id, v2, DocumentSamples.withBody(DocumentSamples.content("关于做好2026年招生工作的通知"), "<p>第二版</p>"));
        assertThat(published.find(id)).get().extracting(PublishedDocument::bodyText).isEqualTo("新正文");
        submit.submit(editor, id);
        review.approve(reviewer, id, "可以");
        publish.publishNow(publisher, id);

        assertThat(published.find(id)).get().extracting(PublishedDocument::bodyText).isEqualTo("第二版");
        assertThat(store.findDocument(id).orElseThrow().indexNumber()).isEqualTo(index);
        assertThat(store.editionsOf(id)).extracting(Edition::status)
                .containsExactly(EditionStatus.SUPERSEDED, EditionStatus.PUBLISHED);
    }

    @Test
    void rejectNeedsAnOpinionAndSendsTheEditionBackToTheEditor() {
        long id = create.create(editor, org, DocumentSamples.content("待退回的文件"));
        submit.submit(editor, id);
        assertThatThrownBy(() -> review.reject(reviewer, id, " ")).isInstanceOf(InvalidInputException.class);
        review.reject(reviewer, id, "请补充依据");
        assertThat(working(id)).isEqualTo(EditionStatus.REJECTED);
        int version = store.inProgressEdition(id).orElseThrow().lockVersion();
        save.save(editor, id, version, DocumentSamples.content("待退回的文件（修改）"));
        assertThat(working(id)).isEqualTo(EditionStatus.DRAFT);
        submit.submit(editor, id);
        assertThat(working(id)).isEqualTo(EditionStatus.SUBMITTED);
        assertThat(store.eventsOf(id)).extracting(EditionEvent::action)
                .containsExactly("create", "submit", "reject", "save", "submit");
        assertThat(store.eventsOf(id).get(2).note()).isEqualTo("请补充依据");
    }

    @Test
    void forbiddenTransitionsAreRefused() {
        long id = create.create(editor, org, DocumentSamples.content("禁止的操作"));
        assertThatThrownBy(() -> publish.publishNow(publisher, id)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> review.approve(reviewer, id, null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> withdrawOrRemove.withdraw(publisher, id, "理由")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> newEdition.start(editor, id)).isInstanceOf(ConflictException.class);
        submit.submit(editor, id);
        assertThatThrownBy(() -> submit.submit(editor, id)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> save.save(editor, id, 0, DocumentSamples.content("改"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> publish.publishNow(editor, id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> review.approve(editor, id, null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theAuthorCannotReviewTheirOwnEditionEvenWithTheReviewerRole() {
        StaffUser both = fixtures.staff(org, Role.EDITOR, Role.REVIEWER);
        long id = create.create(both, org, DocumentSamples.content("自己写自己审"));
        submit.submit(both, id);
        assertThatThrownBy(() -> review.approve(both, id, "同意")).isInstanceOf(ForbiddenException.class);
        // An editor who only saved a later revision is an author too.
        StaffUser other = fixtures.staff(org, Role.EDITOR, Role.REVIEWER);
        long id2 = create.create(editor, org, DocumentSamples.content("合写"));
        save.save(other, id2, store.inProgressEdition(id2).orElseThrow().lockVersion(), DocumentSamples.content("合写二"));
        submit.submit(editor, id2);
        assertThatThrownBy(() -> review.approve(other, id2, null)).isInstanceOf(ForbiddenException.class);
        review.approve(reviewer, id2, null);
    }

    @Test
    void aStaleSaveIsRefusedAndTheFirstSaveStays() {
        long id = create.create(editor, org, DocumentSamples.content("两人同时编辑"));
        StaffUser second = fixtures.staff(org, Role.EDITOR);
        int version = store.inProgressEdition(id).orElseThrow().lockVersion();
        save.save(editor, id, version, DocumentSamples.content("第一位保存"));
        assertThatThrownBy(() -> save.save(second, id, version, DocumentSamples.content("第二位保存")))
                .isInstanceOf(ConflictException.class).hasMessage("workflow.staleEdit");
        Revision current = store.findRevision(store.inProgressEdition(id).orElseThrow().revisionId()).orElseThrow();
        assertThat(current.content().title()).isEqualTo("第一位保存");
    }

    @Test
    void withdrawKeepsThePageAndRemoveAnswersGone() {
        long id = approvedDocument("将被撤回的文件");
        publish.publishNow(publisher, id);
        assertThatThrownBy(() -> withdrawOrRemove.withdraw(publisher, id, "")).isInstanceOf(InvalidInputException.class);
        withdrawOrRemove.withdraw(publisher, id, "政策调整");
        PublishedDocument shown = published.find(id).orElseThrow();
        assertThat(shown.withdrawn()).isTrue();
        assertThat(shown.withdrawalNote()).isEqualTo("政策调整");
        assertThat(published.latest(java.util.List.of(org), 1, 10).items()).isEmpty();

        withdrawOrRemove.remove(publisher, id, "内容有误");
        assertThat(published.find(id)).isEmpty();
        assertThat(published.wasRemoved(id)).isTrue();
    }

    @Test
    void scheduledPublicationSurvivesARestartAndFiresOnlyOnce() throws Exception {
        long id = approvedDocument("定时发布的文件");
        assertThatThrownBy(() -> publish.schedule(publisher, id, Instant.now().minusSeconds(60)))
                .isInstanceOf(InvalidInputException.class);
        publish.schedule(publisher, id, Instant.now().plus(1, ChronoUnit.DAYS));
        assertThat(working(id)).isEqualTo(EditionStatus.SCHEDULED);
        // Time passes while the application is down: the schedule is only in the database.
        jdbc.sql("update edition set scheduled_for = now() - interval '1 minute' where document_id = ? and status = 'SCHEDULED'")
                .param(id).update();

        // Two nodes (fresh publishers, as after a restart) run the job at the same time.
        ScheduledPublisher nodeA = new ScheduledPublisher(store, publish, java.time.Clock.systemUTC());
        ScheduledPublisher nodeB = new ScheduledPublisher(store, publish, java.time.Clock.systemUTC());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var a = pool.submit(nodeA::publishDue);
        var b = pool.submit(nodeB::publishDue);
        a.get();
        b.get();
        pool.shutdown();

        assertThat(live(id)).isEqualTo(EditionStatus.PUBLISHED);
        assertThat(store.eventsOf(id).stream().filter(e -> e.action().equals("publish")).count()).isEqualTo(1);
        assertThat(nodeA.publishDue()).isZero();
    }

    @Test
    void indexNumbersStayUniqueUnderConcurrentFirstPublications() throws Exception {
        int n = 8;
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = approvedDocument("并发发布" + i);
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        var start = new java.util.concurrent.CountDownLatch(1);
        var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (long id : ids) {
            futures.add(pool.submit(() -> {
                start.await();
                publish.publishNow(publisher, id);
                return null;
            }));
        }
        start.countDown();
        for (var f : futures) {
            f.get();
        }
        pool.shutdown();
        var numbers = java.util.Arrays.stream(ids).mapToObj(id -> store.findDocument(id).orElseThrow().indexNumber()).toList();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(n).allMatch(s -> s.matches("T\\d{8}/\\d{4}-\\d{5}"));
        assertThat(numbers.stream().map(s -> Integer.parseInt(s.substring(s.length() - 5))).sorted().toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void hostileHtmlIsSanitisedAndAttachmentsAreSniffed() {
        long id = create.create(editor, org, DocumentSamples.withBody(DocumentSamples.content("含脚本的正文"),
                "<p onclick=\"x()\">正文<script>alert(1)</script><a href=\"javascript:evil()\">链接</a></p>"));
        Revision r = store.findRevision(store.inProgressEdition(id).orElseThrow().revisionId()).orElseThrow();
        assertThat(r.content().bodyHtml()).doesNotContain("script", "onclick", "javascript");
        assertThat(r.content().bodyHtml()).contains("正文");

        int v = store.inProgressEdition(id).orElseThrow().lockVersion();
        byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        attach.attach(editor, id, v, "../../报名表.docx", new ByteArrayInputStream(pdf));
        Revision withFile = store.findRevision(store.inProgressEdition(id).orElseThrow().revisionId()).orElseThrow();
        assertThat(withFile.attachments()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AttachmentKind.PDF);
            assertThat(a.fileName()).isEqualTo("报名表.pdf");
        });

        int v2 = store.inProgressEdition(id).orElseThrow().lockVersion();
        long before = jdbc.sql("select count(*) from attachment").query(Long.class).single();
        assertThatThrownBy(() -> attach.attach(editor, id, v2, "病毒.pdf",
                new ByteArrayInputStream("MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("select count(*) from attachment").query(Long.class).single()).isEqualTo(before);
    }

    @Autowired CatalogEditing catalog;

    @Test
    void aDocumentIsFiledUnderACatalogNodeOfItsOwnOrganisationAndTheNodeCannotBeDeleted() {
        StaffUser catalogKeeper = fixtures.staff(org, Role.EDITOR, Role.PUBLISHER);
        var column = catalog.create(catalogKeeper, org, NodeDraft.of(null, "通知公告",
                OpennessClass.RESULT, ColumnKind.NOTICE, 20));
        long otherOrg = fixtures.organisation("别的县");
        StaffUser otherKeeper = fixtures.staff(otherOrg, Role.EDITOR);
        var foreign = catalog.create(otherKeeper, otherOrg, NodeDraft.of(null, "别人的栏目",
                OpennessClass.RESULT, ColumnKind.NOTICE, 20));
        DocumentContent base = DocumentSamples.content("归档测试");
        DocumentContent inForeign = base.with(DocumentField.CATALOG_NODE, foreign.id());
        assertThatThrownBy(() -> create.create(editor, org, inForeign))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("catalogNodeId"));
        DocumentContent inOwn = base.toBuilder().catalogNodeId(column.id()).build();
        long id = create.create(editor, org, inOwn);
        assertThat(store.findRevision(store.inProgressEdition(id).orElseThrow().revisionId()).orElseThrow()
                .content().catalogNodeId()).isEqualTo(column.id());
        assertThatThrownBy(() -> catalog.delete(catalogKeeper, org, column.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyProactivelyDisclosedDocumentsReachThePublic() {
        long onRequest = create.create(editor, org, DocumentSamples.withDisclosure(DocumentSamples.content("依申请公开的文件"),
                Disclosure.ON_REQUEST, null));
        submit.submit(editor, onRequest);
        review.approve(reviewer, onRequest, null);
        publish.publishNow(publisher, onRequest);
        assertThat(live(onRequest)).isEqualTo(EditionStatus.PUBLISHED);
        assertThat(published.find(onRequest)).isEmpty();
        assertThatThrownBy(() -> create.create(editor, org, DocumentSamples.withDisclosure(
                DocumentSamples.content("不予公开无理由"), Disclosure.WITHHELD, " ")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anApprovedEditionCanBeSentBackWithAReasonByAReviewerOrPublisherOnly() {
        long id = approvedDocument("审核后退回");
        assertThatThrownBy(() -> review.sendBack(publisher, id, " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> review.sendBack(editor, id, "理由"))
                .isInstanceOf(org.gongkai.platform.web.ForbiddenException.class);
        review.sendBack(publisher, id, "发布前发现新问题");
        assertThat(store.inProgressEdition(id).orElseThrow().status()).isEqualTo(EditionStatus.REJECTED);
        assertThatThrownBy(() -> review.sendBack(reviewer, id, "再次退回"))
                .isInstanceOf(org.gongkai.platform.web.ConflictException.class);
        assertThatThrownBy(() -> publish.publishNow(publisher, id))
                .isInstanceOf(org.gongkai.platform.web.ConflictException.class);
    }
}
