package org.gongkai.document;

import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DocumentWebTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired WithdrawOrRemove withdrawOrRemove;
    @Autowired DocumentStore store;

    long parent;
    long org;
    long otherOrg;
    StaffUser editor;
    StaffUser reviewer;
    StaffUser publisher;
    StaffUser stranger;
    StaffUser supervisor;

    @BeforeEach
    void setUp() {
        parent = fixtures.organisation("上级市教育局");
        org = fixtures.organisation("甲县教育局", parent);
        otherOrg = fixtures.organisation("乙县教育局", parent);
        editor = fixtures.staff(org, Role.EDITOR);
        reviewer = fixtures.staff(org, Role.REVIEWER);
        publisher = fixtures.staff(org, Role.PUBLISHER);
        stranger = fixtures.staff(otherOrg, Role.EDITOR, Role.REVIEWER, Role.PUBLISHER);
        supervisor = fixtures.staff(parent, Role.EDITOR, Role.PUBLISHER);
    }

    @Test
    void anEditorCreatesADraftThroughTheForm() throws Exception {
        String location = mvc.perform(post("/admin/documents").with(fixtures.as(editor)).with(csrf())
                        .param("title", "关于开展教师培训的通知").param("issuer", "甲县教育局")
                        .param("disclosure", "PROACTIVE").param("validity", "VALID").param("lockVersion", "0")
                        .param("bodyHtml", "<p>培训安排</p>"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(fixtures.as(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("关于开展教师培训的通知")))
                .andExpect(content().string(containsString("提交审核")));
    }

    /** ADR 0021: the form has a control for every registered field, and its length limit is the field's. */
    @Test
    void theFormHasAControlForEveryFieldWithItsLimit() throws Exception {
        String html = mvc.perform(get("/admin/documents/new").with(fixtures.as(editor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (DocumentField f : DocumentFields.all()) {
            Element control = Jsoup.parse(html).selectFirst("[name=" + f.param() + "]");
            assertThat(control).as("the form has a control for %s", f).isNotNull();
            if (f.maxLength() > 0) {
                assertThat(control.attr("maxlength")).as("maxlength of %s", f)
                        .isEqualTo(String.valueOf(f.maxLength()));
            }
        }
    }

    @Test
    void badFormInputAnswers400WithFieldMessagesAndKeepsTheInput() throws Exception {
        mvc.perform(post("/admin/documents").with(fixtures.as(editor)).with(csrf())
                        .param("title", "").param("issuer", "甲县教育局").param("writtenDate", "2026-02-30")
                        .param("disclosure", "WITHHELD").param("validity", "VALID").param("lockVersion", "0")
                        .param("summary", "保留我的概述"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("日期格式应为")))
                .andExpect(content().string(containsString("保留我的概述")));
        mvc.perform(post("/admin/documents").with(fixtures.as(editor)).with(csrf())
                        .param("title", "").param("issuer", "甲县教育局")
                        .param("disclosure", "WITHHELD").param("validity", "NOPE").param("lockVersion", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请从列表中选择")));
        mvc.perform(post("/admin/documents").with(fixtures.as(editor)).with(csrf())
                        .param("title", "").param("issuer", "甲县教育局")
                        .param("disclosure", "WITHHELD").param("validity", "VALID").param("lockVersion", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写名称")))
                .andExpect(content().string(containsString("必须填写理由")));
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/documents").with(fixtures.as(editor)).param("title", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aConcurrentEditKeepsTheSecondPersonsTextAndSays409() throws Exception {
        long id = create.create(editor, org, DocumentSamples.content("同时编辑"));
        int version = store.inProgressEdition(id).orElseThrow().lockVersion();
        mvc.perform(post("/admin/documents/" + id + "/edit").with(fixtures.as(editor)).with(csrf())
                        .param("title", "甲的修改").param("issuer", "甲县教育局").param("disclosure", "PROACTIVE")
                        .param("validity", "VALID").param("lockVersion", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/documents/" + id + "/edit").with(fixtures.as(editor)).with(csrf())
                        .param("title", "乙的修改").param("issuer", "甲县教育局").param("disclosure", "PROACTIVE")
                        .param("validity", "VALID").param("lockVersion", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("乙的修改")))
                .andExpect(content().string(containsString("其他人已保存")));
    }

    @Test
    void staffOfAnotherOrganisationCannotReadOrChangeDrafts() throws Exception {
        long id = create.create(editor, org, DocumentSamples.content("甲县的草稿"));
        mvc.perform(get("/admin/documents/" + id).with(fixtures.as(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/documents?org=" + org).with(fixtures.as(stranger))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/documents/" + id + "/submit").with(fixtures.as(stranger)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/documents/" + id).with(fixtures.basic(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/documents?organisationId=" + org).with(fixtures.basic(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/documents/" + id + "/submit").with(fixtures.basic(stranger)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aHigherLevelReadsButCannotEditASubordinatesDocuments() throws Exception {
        long id = create.create(editor, org, DocumentSamples.content("上级可读"));
        mvc.perform(get("/admin/documents/" + id).with(fixtures.as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只读")));
        mvc.perform(get("/admin/documents/" + id + "/edit").with(fixtures.as(supervisor))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/documents/" + id + "/submit").with(fixtures.as(supervisor)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/documents/" + id).with(fixtures.basic(supervisor))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/documents/" + id + "/submit").with(fixtures.basic(supervisor)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSeparatedAdministratorsDoNotHandleContent() throws Exception {
        StaffUser sysadmin = fixtures.staff(org, Role.SYSTEM_ADMIN);
        StaffUser auditor = fixtures.staff(org, Role.AUDIT_ADMIN);
        long id = create.create(editor, org, DocumentSamples.content("管理员不可见"));
        for (StaffUser admin : new StaffUser[]{sysadmin, auditor}) {
            mvc.perform(get("/admin/documents").with(fixtures.as(admin))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/documents/" + id).with(fixtures.as(admin))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/documents").with(fixtures.basic(admin)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"content\":{\"title\":\"x\",\"issuer\":\"y\",\"disclosure\":\"PROACTIVE\",\"validity\":\"VALID\"}}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theApiRunsTheWholeWorkflow() throws Exception {
        String body = "{\"content\":{\"title\":\"接口创建的文件\",\"issuer\":\"甲县教育局\",\"disclosure\":\"PROACTIVE\","
                + "\"validity\":\"VALID\",\"bodyHtml\":\"<p>接口正文</p>\"}}";
        String created = mvc.perform(post("/api/v1/documents").with(fixtures.basic(editor))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("\\D", ""));
        mvc.perform(put("/api/v1/documents/" + id + "/draft").with(fixtures.basic(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lockVersion\":99,\"content\":{\"title\":\"t\",\"issuer\":\"i\",\"disclosure\":\"PROACTIVE\",\"validity\":\"VALID\"}}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.message").exists());
        mvc.perform(post("/api/v1/documents/" + id + "/submit").with(fixtures.basic(editor))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/documents/" + id + "/approve").with(fixtures.basic(editor))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/documents/" + id + "/reject").with(fixtures.basic(reviewer))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.opinion").exists());
        mvc.perform(post("/api/v1/documents/" + id + "/approve").with(fixtures.basic(reviewer))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/documents/" + id + "/publish").with(fixtures.basic(publisher))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/documents/" + id).with(fixtures.basic(publisher)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.document.indexNumber").isString());
        mvc.perform(get("/documents/" + id)).andExpect(status().isOk()).andExpect(content().string(containsString("接口正文")));
    }

    @Test
    void badApiInputAnswers400And404NeverA500() throws Exception {
        mvc.perform(post("/api/v1/documents").with(fixtures.basic(editor)).contentType(MediaType.APPLICATION_JSON)
                .content("{not json")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/documents").with(fixtures.basic(editor)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"content\":{\"title\":\"\",\"issuer\":\"\",\"disclosure\":\"PROACTIVE\",\"validity\":\"VALID\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.title").exists());
        mvc.perform(post("/api/v1/documents").with(fixtures.basic(editor)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"content\":{\"title\":\"x\",\"issuer\":\"y\",\"disclosure\":\"SECRET\",\"validity\":\"VALID\"}}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/documents/999999999").with(fixtures.basic(editor))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/abc").with(fixtures.basic(editor))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/documents?size=1000").with(fixtures.basic(editor))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/documents/999999999").with(fixtures.as(editor))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/documents?status=BOGUS").with(fixtures.as(editor))).andExpect(status().isBadRequest());
        mvc.perform(get("/documents/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents")).andExpect(status().isUnauthorized());
    }

    @Test
    void uploadsAreSniffedAndRefusedTypesStoreNothing() throws Exception {
        long id = create.create(editor, org, DocumentSamples.content("附件测试"));
        int v = store.inProgressEdition(id).orElseThrow().lockVersion();
        MockMultipartFile exe = new MockMultipartFile("file", "通知.pdf", "application/pdf",
                "MZ this is not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        mvc.perform(multipart("/admin/documents/" + id + "/attachments").file(exe).param("lockVersion", String.valueOf(v))
                        .with(fixtures.as(editor)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不允许的文件类型")));
        MockMultipartFile empty = new MockMultipartFile("file", "空.pdf", "application/pdf", new byte[0]);
        mvc.perform(multipart("/admin/documents/" + id + "/attachments").file(empty).param("lockVersion", String.valueOf(v))
                        .with(fixtures.as(editor)).with(csrf()))
                .andExpect(status().isBadRequest());
        MockMultipartFile png = new MockMultipartFile("file", "校园平面图.png", "image/png",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0});
        mvc.perform(multipart("/admin/documents/" + id + "/attachments").file(png).param("lockVersion", String.valueOf(v))
                        .with(fixtures.as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long attachmentId = store.attachmentsOf(store.inProgressEdition(id).orElseThrow().revisionId()).get(0).id();
        mvc.perform(get("/admin/attachments/" + attachmentId).with(fixtures.as(editor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("UTF-8''%E6%A0%A1")));
        mvc.perform(get("/files/" + attachmentId)).andExpect(status().isNotFound());
    }

    @Test
    void publicPagesShowOnlyWhatIsPublishedAndAnswerGoneForRemoved() throws Exception {
        long id = create.create(editor, org, DocumentSamples.content("草稿标记XQ7"));
        mvc.perform(get("/documents/" + id)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("XQ7"))));
        submit.submit(editor, id);
        review.approve(reviewer, id, null);
        mvc.perform(get("/documents/" + id)).andExpect(status().isNotFound());
        publish.publishNow(publisher, id);
        mvc.perform(get("/documents/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("草稿标记XQ7")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
        withdrawOrRemove.withdraw(publisher, id, "撤回理由ABC");
        mvc.perform(get("/documents/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("撤回理由ABC")));
        withdrawOrRemove.remove(publisher, id, "删除");
        mvc.perform(get("/documents/" + id)).andExpect(status().isGone())
                .andExpect(content().string(not(containsString("XQ7"))));
    }

    @Test
    void historyAndDiffShowEveryEdition() throws Exception {
        long id = create.create(editor, org, DocumentSamples.content("历史测试"));
        submit.submit(editor, id);
        review.approve(reviewer, id, null);
        publish.publishNow(publisher, id);
        mvc.perform(post("/admin/documents/" + id + "/new-edition").with(fixtures.as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        int v = store.inProgressEdition(id).orElseThrow().lockVersion();
        mvc.perform(post("/admin/documents/" + id + "/edit").with(fixtures.as(editor)).with(csrf())
                        .param("title", "历史测试").param("issuer", "测试县教育局").param("disclosure", "PROACTIVE")
                        .param("validity", "VALID").param("lockVersion", String.valueOf(v))
                        .param("bodyHtml", "<p>历史测试 正文第一段（修订）。</p><p>新增的段落。</p>"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/documents/" + id + "/history").with(fixtures.as(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(editor.displayName())))
                .andExpect(content().string(containsString(publisher.displayName())));
        mvc.perform(get("/admin/documents/" + id + "/diff?a=1&b=2").with(fixtures.as(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<ins>")))
                .andExpect(content().string(containsString("<ins>新增的</ins>")));
    }
}
