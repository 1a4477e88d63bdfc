package org.gongkai.application;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.application.ApplicationSamples.from;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Delivery of the reply (mail disabled here) and the disclosed files: office upload, letter list, applicant download. */
@IntegrationTest
class ReplyDeliveryTest {

    static final byte[] PDF = "%PDF-1.4\n% disclosed contract\n".getBytes();

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired ReceiveApplication receive;
    @Autowired ReplyToApplication reply;
    @Autowired ReplyFileStore replyFiles;

    static byte[] docx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
        }
        return out.toByteArray();
    }

    @Test
    void sniffingKnowsOfficeFilesByTheirContent() throws Exception {
        assertThat(ReplyFiles.sniff(docx())).isEqualTo(ReplyFiles.DOCX);
        assertThat(ReplyFiles.sniff(PDF)).isEqualTo("application/pdf");
        assertThat(ReplyFiles.sniff("PK\u0003\u0004 not a zip".getBytes())).isNull();
        assertThat(ReplyFiles.sniff("<html>".getBytes())).isNull();
    }

    @Test
    void theOfficeRecordsDeliveryAndTheApplicantDownloadsTheFiles() throws Exception {
        long org = fixtures.organisation("送达机关");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        var a = receive.online(organisations.get(org), ApplicationSamples.parts("甲某", "食堂合同"), List.of());
        var b = receive.online(organisations.get(org), ApplicationSamples.parts("乙某", "校车合同"), List.of());
        // not answered yet: no delivery
        mvc.perform(post("/admin/applications/" + a.id() + "/delivery").param("method", "POST")
                        .param("deliveredOn", OfficeWorkflowTest.today().toString()).with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().isConflict());
        mvc.perform(multipart("/admin/applications/" + a.id() + "/reply-files")
                        .file(new MockMultipartFile("files", "合同.pdf", "application/pdf", PDF))
                        .file(new MockMultipartFile("files", "明细.docx", "application/octet-stream", docx()))
                        .with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/admin/applications/" + a.id() + "/reply-files")
                        .file(new MockMultipartFile("files", "x.pdf", "application/pdf", "<script>".getBytes()))
                        .with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest());
        reply.reply(officer, a.id(), ReplyOutcome.DISCLOSED, "合同见附件。");
        reply.reply(officer, b.id(), ReplyOutcome.DISCLOSED, "乙的答复。");

        mvc.perform(get("/admin/applications/" + a.id()).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("邮件发送未启用，请线下送达并在此登记")))
                .andExpect(content().string(containsString("合同.pdf")));
        mvc.perform(get("/admin/applications/" + a.id() + "/letter").with(fixtures.as(officer)))
                .andExpect(content().string(containsString("合同.pdf")))
                .andExpect(content().string(containsString("明细.docx")));
        // mail is disabled: asking to send is refused and nothing is recorded
        mvc.perform(post("/admin/applications/" + a.id() + "/delivery").param("method", "EMAIL")
                        .param("deliveredOn", OfficeWorkflowTest.today().toString()).param("sendEmail", "true")
                        .with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().isConflict());
        assertThat(replyFiles.deliveries(a.id())).isEmpty();
        mvc.perform(post("/admin/applications/" + a.id() + "/delivery").param("method", "POST")
                        .param("deliveredOn", OfficeWorkflowTest.today().toString()).param("note", "挂号信 XA123")
                        .with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection());
        assertThat(replyFiles.deliveries(a.id())).singleElement()
                .satisfies(d -> assertThat(d.method()).isEqualTo(Delivery.POST))
                .satisfies(d -> assertThat(d.emailed()).isFalse());
        mvc.perform(post("/admin/applications/" + a.id() + "/delivery").param("method", "POST")
                        .param("deliveredOn", OfficeWorkflowTest.today().plusDays(3).toString())
                        .with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest());

        List<ReplyFile> files = replyFiles.list(a.id());
        assertThat(files).extracting(ReplyFile::mediaType).containsExactly("application/pdf", ReplyFiles.DOCX);
        long pdfId = files.get(0).id();
        mvc.perform(get("/admin/applications/" + a.id() + "/reply-files/" + pdfId).with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));
        // the status page lists them and lets the applicant download with number + code
        mvc.perform(post("/apply/status").param("trackingNumber", a.trackingNumber()).param("queryCode", a.queryCode())
                        .with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/apply/status/files/" + pdfId)))
                .andExpect(content().string(containsString("答复已送达")));
        mvc.perform(post("/apply/status/files/" + pdfId).param("trackingNumber", a.trackingNumber())
                        .param("queryCode", a.queryCode()).with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF))
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        // another applicant's number and code do not open A's file; nor A's number with B's code
        mvc.perform(post("/apply/status/files/" + pdfId).param("trackingNumber", b.trackingNumber())
                        .param("queryCode", b.queryCode()).with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/apply/status/files/" + pdfId).param("trackingNumber", a.trackingNumber())
                        .param("queryCode", b.queryCode()).with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isNotFound());
        // no GET route with the code in the URL, and no anonymous office route
        mvc.perform(get("/admin/applications/" + a.id() + "/reply-files/" + pdfId)).andExpect(status().is3xxRedirection());
        // the JSON API lists the files and the delivery
        mvc.perform(post("/api/v1/public/applications/status").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"trackingNumber\":\"" + a.trackingNumber() + "\",\"queryCode\":\"" + a.queryCode() + "\"}")
                        .with(from(ApplicationSamples.address())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attachments[0].name").value("合同.pdf"))
                .andExpect(jsonPath("$.deliveries[0].method").value("POST"))
                .andExpect(jsonPath("$.letterText").value(containsString("明细.docx")));
    }
}
