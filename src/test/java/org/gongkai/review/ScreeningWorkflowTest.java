package org.gongkai.review;

import org.gongkai.document.AttachFile;
import org.gongkai.document.AttachmentInfo;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentQueries;
import org.gongkai.document.DocumentView;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.identity.OrganisationDirectory;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The screening wired into the workflow: findings at submission, decisions, redaction on approval, the gates. */
@IntegrationTest
class ScreeningWorkflowTest {

    static final String ID = Numbers.id18("110105", LocalDate.of(1990, 3, 7), 123);
    static final String ID_MASK = ID.substring(0, 6) + "********" + ID.substring(14);
    static final String MOBILE = "13912345678";
    static final String MOBILE_MASK = "139****5678";
    static final String CARD = new Numbers(42).card(16);
    static final String CARD_MASK = CARD.substring(0, 4) + " **** **** " + CARD.substring(12);
    static final String OFFICE_PHONE = "010-66092315";

    @Autowired Fixtures fixtures;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CreateDocument create;
    @Autowired AttachFile attach;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired DocumentQueries queries;
    @Autowired PublishedDocuments published;
    @Autowired OrganisationDirectory organisations;
    @Autowired ResolveFindings resolve;
    @Autowired FindingStore findings;

    long org;
    StaffUser editor;
    StaffUser reviewer;
    StaffUser publisher;

    @BeforeEach
    void staff() {
        org = fixtures.organisation("筛查县教育局");
        editor = fixtures.staff(org, Role.EDITOR);
        reviewer = fixtures.staff(org, Role.REVIEWER);
        publisher = fixtures.staff(org, Role.PUBLISHER);
    }

    static DocumentContent doc(String title, String summary, String body) {
        return DocumentContent.builder().title(title).documentNumber("筛教〔2026〕3号").issuer("筛查县教育局")
                .writtenDate(LocalDate.of(2026, 3, 1)).theme("教育").opennessClass("RESULT").keywords("奖学金 公示")
                .summary(summary).bodyHtml(body).build();
    }

    int version(long id) {
        return queries.view(publisher, id).working().orElseThrow().lockVersion();
    }

    long attach(long id, String name, byte[] bytes) {
        return attach.attach(editor, id, version(id), name, new ByteArrayInputStream(bytes));
    }

    List<StoredFinding> current(long id) {
        DocumentView v = queries.view(publisher, id);
        var e = v.working().orElseThrow();
        return findings.ofRevision(e.id(), e.revisionId());
    }

    /** A document with the three values in its summary, body, an XLSX, a DOCX and a PDF, submitted. */
    long submittedWithPersonalData() throws Exception {
        long id = create.create(editor, org, doc("2026年国家奖学金获奖学生名单公示",
                "如有异议请联系：" + MOBILE,
                "<p>获奖学生王小明，身份证号：" + ID + "，银行卡号：" + CARD + "。</p><p>咨询电话：" + OFFICE_PHONE + "。</p>"));
        attach(id, "获奖名单.xlsx", ScreeningFiles.xlsx(ID, MOBILE, CARD));
        attach(id, "公示说明.docx", ScreeningFiles.docx(ID, MOBILE, CARD));
        attach(id, "扫描件.pdf", ScreeningFiles.pdf("Resident ID: " + ID + "  Mobile: " + MOBILE));
        submit.submit(editor, id);
        return id;
    }

    @Test
    void submissionFindsTheValuesEverywhereAndOpenFindingsBlockApproval() throws Exception {
        long id = submittedWithPersonalData();
        List<StoredFinding> found = current(id);
        assertThat(found).allMatch(f -> f.status() == FindingStatus.OPEN);
        assertThat(found).anyMatch(f -> f.part().equals("summary") && f.kind() == FindingKind.MOBILE);
        assertThat(found).anyMatch(f -> f.part().equals("body") && f.kind() == FindingKind.RESIDENT_ID);
        assertThat(found).anyMatch(f -> f.part().equals("body") && f.kind() == FindingKind.BANK_CARD);
        assertThat(found).anyMatch(f -> "XLSX".equals(f.attachmentKind()) && f.kind() == FindingKind.RESIDENT_ID
                && f.location().equals("cell:名单!B2"));
        assertThat(found).anyMatch(f -> "XLSX".equals(f.attachmentKind()) && f.kind() == FindingKind.MOBILE);
        assertThat(found).anyMatch(f -> "XLSX".equals(f.attachmentKind()) && f.kind() == FindingKind.BANK_CARD);
        assertThat(found).anyMatch(f -> "DOCX".equals(f.attachmentKind()) && f.kind() == FindingKind.RESIDENT_ID);
        assertThat(found).anyMatch(f -> "DOCX".equals(f.attachmentKind()) && f.kind() == FindingKind.BANK_CARD
                && f.location().equals("header"));
        assertThat(found).anyMatch(f -> "PDF".equals(f.attachmentKind()) && f.kind() == FindingKind.RESIDENT_ID
                && f.location().equals("page:1"));

        // approve is refused while any finding is open: service, page and API
        assertThatThrownBy(() -> review.approve(reviewer, id, null)).isInstanceOf(ConflictException.class)
                .hasMessage("workflow.blocked.approve");
        mvc.perform(post("/admin/documents/" + id + "/approve").with(fixtures.as(reviewer)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("问题待处理（筛查发现或发布条件）")))
                .andExpect(content().string(containsString("身份证号码")));
        mvc.perform(post("/api/v1/documents/" + id + "/approve").with(fixtures.basic(reviewer)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("获奖名单.xlsx")));

        // the page shows the findings in context to staff, with the match marked
        mvc.perform(get("/admin/documents/" + id).with(fixtures.as(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"findings\"")))
                .andExpect(content().string(containsString(">" + ID + "</mark>")))
                .andExpect(content().string(containsString("单元格 名单!B2")));

        // a reason is required to accept; a PDF finding cannot be redacted
        StoredFinding phone = found.stream().filter(f -> f.kind() == FindingKind.LANDLINE).findFirst().orElseThrow();
        assertThatThrownBy(() -> resolve.accept(reviewer, id, phone.id(), " ")).isInstanceOf(InvalidInputException.class);
        mvc.perform(post("/admin/documents/" + id + "/findings/" + phone.id() + "/accept").with(fixtures.as(reviewer))
                .with(csrf()).param("reason", "")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/documents/" + id + "/findings/" + phone.id() + "/accept").with(fixtures.basic(reviewer))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest());
        StoredFinding inPdf = found.stream().filter(f -> "PDF".equals(f.attachmentKind())).findFirst().orElseThrow();
        assertThatThrownBy(() -> resolve.redact(reviewer, id, inPdf.id())).isInstanceOf(ConflictException.class)
                .hasMessage("review.finding.fileNotRedactable");
        mvc.perform(post("/admin/documents/" + id + "/findings/" + inPdf.id() + "/redact").with(fixtures.as(reviewer))
                .with(csrf())).andExpect(status().isConflict())
                .andExpect(content().string(containsString("退回修改")));

        // the editor cannot decide, and neither can a reviewer who wrote part of the edition
        assertThatThrownBy(() -> resolve.redact(editor, id, phone.id())).isInstanceOf(ForbiddenException.class);
        StoredFinding first = found.get(0);
        assertThat(findings.find(first.id()).orElseThrow().status()).isEqualTo(FindingStatus.OPEN);
    }

    @Test
    void aReviewerWhoWroteTheEditionCannotResolveItsFindings() {
        StaffUser both = fixtures.staff(org, Role.EDITOR, Role.REVIEWER);
        long id = create.create(both, org, doc("自己写的名单", null, "<p>身份证号：" + ID + "</p>"));
        submit.submit(both, id);
        StoredFinding f = current(id).get(0);
        assertThatThrownBy(() -> resolve.redact(both, id, f.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> resolve.accept(both, id, f.id(), "理由")).isInstanceOf(ForbiddenException.class);
        resolve.redact(reviewer, id, f.id());
        assertThat(findings.find(f.id()).orElseThrow().status()).isEqualTo(FindingStatus.REDACT);
    }

    @Test
    void redactedPublicationCarriesMasksOnlyAndTheOriginalStaysForStaff() throws Exception {
        long id = submittedWithPersonalData();
        // the PDF cannot be redacted here: the reviewer sends the edition back, the editor uploads a redacted scan
        review.reject(reviewer, id, "PDF 中有身份证号，请上传脱敏后的扫描件");
        AttachmentInfo pdf = queries.view(editor, id).workingRevision().orElseThrow().attachments().stream()
                .filter(a -> a.fileName().endsWith(".pdf")).findFirst().orElseThrow();
        attach.detach(editor, id, version(id), pdf.id());
        attach(id, "扫描件（脱敏）.pdf", ScreeningFiles.pdf("Resident ID: " + ID_MASK));
        submit.submit(editor, id);

        List<StoredFinding> found = current(id);
        assertThat(found).noneMatch(f -> "PDF".equals(f.attachmentKind()));
        List<Long> decided = new ArrayList<>();
        for (StoredFinding f : found) {
            if (f.kind() == FindingKind.LANDLINE) {
                mvc.perform(post("/admin/documents/" + id + "/findings/" + f.id() + "/accept").with(fixtures.as(reviewer))
                        .with(csrf()).param("reason", "教育局对外公布的咨询电话"))
                        .andExpect(status().is3xxRedirection());
            } else if (f.kind() == FindingKind.PERSON_LIST) {
                mvc.perform(post("/api/v1/documents/" + id + "/findings/" + f.id() + "/redact").with(fixtures.basic(reviewer)))
                        .andExpect(status().isOk());
            } else {
                mvc.perform(post("/admin/documents/" + id + "/findings/" + f.id() + "/redact").with(fixtures.as(reviewer))
                        .with(csrf())).andExpect(status().is3xxRedirection());
            }
            decided.add(f.id());
        }
        long originalRevision = queries.view(publisher, id).working().orElseThrow().revisionId();
        List<AttachmentInfo> originalFiles = queries.view(publisher, id).workingRevision().orElseThrow().attachments();
        mvc.perform(post("/api/v1/documents/" + id + "/approve").with(fixtures.basic(reviewer)))
                .andExpect(status().isOk());
        long redactedRevision = queries.view(publisher, id).working().orElseThrow().revisionId();
        assertThat(redactedRevision).isNotEqualTo(originalRevision);
        mvc.perform(post("/api/v1/documents/" + id + "/publish").with(fixtures.basic(publisher)))
                .andExpect(status().isOk());

        // every decision is in the audit log, with its reason, and the redaction as a document action
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action in ('review.finding.redact', 'review.finding.accept')
                 and target_type = 'screening_finding' and target_id in (""" + String.join(",",
                        decided.stream().map(d -> "'" + d + "'").toList()) + ")").query(Long.class).single())
                .isEqualTo(decided.size());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'review.finding.accept'"
                        + " and after ->> 'reason' = '教育局对外公布的咨询电话' and organisation_id = ?")
                .param(org).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'document.redact' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where after::text like ? or before::text like ?")
                .params("%" + ID + "%", "%" + ID + "%").query(Long.class).single()).isZero();

        // the public side: mask present, original absent, in the page, every public file and PublishedDocuments
        PublishedDocument doc = published.find(id).orElseThrow();
        String publicText = String.join("\n", doc.title(), doc.summary(), doc.bodyHtml(), doc.bodyText(),
                String.valueOf(doc.keywords()));
        assertThat(publicText).contains(ID_MASK, MOBILE_MASK, CARD_MASK, OFFICE_PHONE)
                .doesNotContain(ID, MOBILE, CARD);
        String page = mvc.perform(get("/documents/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(ID_MASK).doesNotContain(ID, MOBILE, CARD);
        assertThat(doc.attachments()).hasSize(3);
        for (AttachmentInfo a : doc.attachments()) {
            byte[] bytes = mvc.perform(get("/files/" + a.id())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            String all = ScreeningFiles.everything(bytes);
            assertThat(all).as(a.fileName()).doesNotContain(ID, MOBILE, CARD);
            assertThat(all).as(a.fileName()).contains(ID_MASK);
            if (a.fileName().endsWith(".xlsx") || a.fileName().endsWith(".docx")) {
                assertThat(all).as(a.fileName()).contains(MOBILE_MASK);
                assertThat(originalFiles).extracting(AttachmentInfo::id).doesNotContain(a.id());
            }
        }
        for (AttachmentInfo a : originalFiles) {
            boolean redactedCopy = !a.fileName().endsWith(".pdf");
            mvc.perform(get("/files/" + a.id())).andExpect(redactedCopy ? status().isNotFound() : status().isOk());
        }

        // staff still see the unredacted original: history, the before/after comparison and the original files
        mvc.perform(get("/admin/documents/" + id + "/history").with(fixtures.as(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/documents/" + id + "/redaction/" + redactedRevision)));
        mvc.perform(get("/admin/documents/" + id + "/redaction/" + redactedRevision).with(fixtures.as(publisher)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("如有异议请联系：" + MOBILE)))
                .andExpect(content().string(containsString("如有异议请联系：" + MOBILE_MASK)))
                .andExpect(content().string(containsString("<del>")));
        AttachmentInfo originalXlsx = originalFiles.stream().filter(a -> a.fileName().endsWith(".xlsx")).findFirst().orElseThrow();
        byte[] staffCopy = mvc.perform(get("/admin/attachments/" + originalXlsx.id()).with(fixtures.as(reviewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(ScreeningFiles.everything(staffCopy)).contains(ID);

        PublicRoutes.assertNowhere(mvc, organisations.get(org).slug(), id, List.of(ID, MOBILE, CARD));
    }

    @Test
    void publicationIsRefusedWhileAFindingIsOpenAndDocumentsWithoutFindingsFlowAsBefore() throws Exception {
        long id = create.create(editor, org, doc("2026年春季学期开学通知", "开学安排", "<p>3月2日开学。</p>"));
        submit.submit(editor, id);
        assertThat(current(id)).isEmpty();
        review.approve(reviewer, id, null);
        // something new turns up at publication (e.g. the negative list changed): the gate screens again and holds it
        var edition = queries.view(publisher, id).working().orElseThrow();
        jdbc.sql("""
                insert into screening_finding (document_id, edition_id, revision_id, organisation_id, part, location, kind,
                    start_offset, end_offset, matched, masked, context, confidence)
                values (?, ?, ?, ?, 'body', 'body', 'NEGATIVE_TERM', 0, 2, '开学', '■■', '3月2日开学。', 0.9)""")
                .params(id, edition.id(), edition.revisionId(), org).update();
        assertThatThrownBy(() -> publish.publishNow(publisher, id)).isInstanceOf(ConflictException.class)
                .hasMessage("workflow.blocked.publish");
        assertThatThrownBy(() -> publish.schedule(publisher, id, java.time.Instant.now().plusSeconds(3600)))
                .isInstanceOf(ConflictException.class);
        mvc.perform(post("/admin/documents/" + id + "/publish").with(fixtures.as(publisher)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("负面清单关键词")));
        mvc.perform(post("/api/v1/documents/" + id + "/publish").with(fixtures.basic(publisher)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("正文")));
        mvc.perform(get("/documents/" + id)).andExpect(status().isNotFound());
    }
}
