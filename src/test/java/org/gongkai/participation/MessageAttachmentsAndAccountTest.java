package org.gongkai.participation;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Message attachments end to end (type from the bytes, count and size limits, a PDF's text screened, staff download,
 * public only once confirmed by the head of office and the exchange published, never with findings) and the writer's
 * account (/my/messages: joined when written signed in or with number and code, nobody else's).
 */
@IntegrationTest
@RecordApplicationEvents
class MessageAttachmentsAndAccountTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 1, 2, 3};

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    static byte[] pdf(String text) throws Exception {
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p = new PDPage();
            d.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(d, p)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText(text);
                cs.endText();
            }
            d.save(out);
            return out.toByteArray();
        }
    }

    MockMultipartHttpServletRequestBuilder form(String slug, String phone, boolean mayPublish, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder b = multipart("/messages");
        for (MockMultipartFile f : files) {
            b.file(f);
        }
        b.param("org", slug).param("type", "CONSULTATION").param("subject", "附件留言").param("body", "见附件")
                .param("name", "李附件").param("phone", phone).param("email", "").param("website", "");
        if (mayPublish) {
            b.param("mayPublish", "true");
        }
        b.with(csrf()).with(MessagesTest.from(MessagesTest.ip()));
        return b;
    }

    static MockMultipartFile file(String name, String type, byte[] bytes) {
        return new MockMultipartFile("files", name, type, bytes);
    }

    long messageId(String html) {
        String tracking = Jsoup.parse(html).getElementById("tracking-number").text();
        return jdbc.sql("select id from citizen_message where tracking_number = ?").param(tracking).query(Long.class).single();
    }

    @Test
    void attachmentsAreCheckedScreenedAndPublicOnlyWhenConfirmedAndPublished() throws Exception {
        long org = fixtures.organisation("附件市教育局");
        String slug = organisations.get(org).slug();
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        StaffUser head = fixtures.staff(org, Role.PUBLISHER);
        StaffUser stranger = fixtures.staff(fixtures.organisation("附件他县"), Role.DISCLOSURE_OFFICER);
        long before = jdbc.sql("select count(*) from citizen_message").query(Long.class).single();

        // not a PDF, PNG or JPEG (whatever its name says): 400 at the field, nothing stored
        String refused = mvc.perform(form(slug, MessagesTest.phone(), true,
                        file("photo.png", "image/png", "MZ\u0090\u0000 not an image".getBytes())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).getElementById("files-error").text()).contains("PDF、PNG 或 JPEG");
        assertThat(refused).contains("aria-invalid=\"true\"");
        mvc.perform(form(slug, MessagesTest.phone(), true, file("a.png", "image/png", PNG), file("b.png", "image/png", PNG),
                file("c.png", "image/png", PNG), file("d.png", "image/png", PNG))).andExpect(status().isBadRequest());
        byte[] big = Arrays.copyOf(PNG, MessageAttachments.MAX_BYTES + 1);
        mvc.perform(form(slug, MessagesTest.phone(), true, file("big.png", "image/png", big)))
                .andExpect(status().isBadRequest());
        // without CSRF: 403
        mvc.perform(multipart("/messages").file(file("a.png", "image/png", PNG)).param("org", slug)
                .with(MessagesTest.from(MessagesTest.ip()))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from citizen_message").query(Long.class).single()).isEqualTo(before);

        // a PDF naming the writer's phone, and an image with a hostile name
        String phone = MessagesTest.phone();
        String receipt = mvc.perform(form(slug, phone, true, file("证明.pdf", "application/pdf", pdf("Tel " + phone)),
                        file("<img src=x onerror=alert(1)>.png", "image/png", PNG)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = messageId(receipt);
        List<MessageAttachment> rows = jdbc.sql("select * from message_attachment where message_id = ? order by position")
                .param(id).query((rs, i) -> new MessageAttachment(rs.getLong("id"), id, rs.getInt("position"),
                        rs.getString("file_key"), rs.getString("file_name"), rs.getString("media_type"),
                        rs.getLong("size_bytes"), rs.getBoolean("screened"), rs.getInt("findings"), null)).list();
        assertThat(rows).hasSize(2);
        MessageAttachment pdf = rows.get(0);
        MessageAttachment png = rows.get(1);
        assertThat(pdf.fileName()).isEqualTo("证明.pdf");
        assertThat(pdf.screened()).isTrue();
        assertThat(pdf.findings()).isPositive();
        assertThat(png.screened()).isFalse();
        assertThat(png.findings()).isZero();
        assertThat(png.fileName()).doesNotContain("<", ">").endsWith(".png");

        // staff read and download; another organisation 403; an unknown attachment 404
        String page = mvc.perform(get("/admin/messages/" + id).with(fixtures.as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("证明.pdf", "检出", "须人工查看").doesNotContain("<img src=x");
        SurveysTest.snapshot("message-staff.html", page);
        MockHttpServletResponse dl = mvc.perform(get("/admin/messages/" + id + "/attachments/" + png.id())
                .with(fixtures.as(officer))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(dl.getContentAsByteArray()).isEqualTo(PNG);
        assertThat(dl.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(dl.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        mvc.perform(get("/admin/messages/" + id + "/attachments/" + png.id()).with(fixtures.as(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/messages/" + id + "/attachments/99999999").with(fixtures.as(officer)))
                .andExpect(status().isNotFound());

        // confirming: the head only, with CSRF; never an attachment with findings
        String confirm = "/admin/messages/" + id + "/attachments/" + png.id() + "/public";
        mvc.perform(post(confirm).with(csrf()).with(fixtures.as(officer)).param("confirm", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post(confirm).with(fixtures.as(head)).param("confirm", "true")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/messages/" + id + "/attachments/" + pdf.id() + "/public").with(csrf())
                .with(fixtures.as(head)).param("confirm", "true")).andExpect(status().isConflict());
        mvc.perform(post(confirm).with(csrf()).with(fixtures.as(head)).param("confirm", "true"))
                .andExpect(status().isFound());
        assertThat(events.stream(StaffAction.class).filter(a -> "citizen_message".equals(a.targetType())
                && String.valueOf(id).equals(a.targetId())).map(StaffAction::action)).contains("message.attachmentPublic");

        // confirmed but the exchange not published: nothing public
        String publicUrl = "/messages/published/" + id + "/attachments/" + png.id();
        mvc.perform(get(publicUrl)).andExpect(status().isNotFound());

        mvc.perform(post("/admin/messages/" + id + "/reply").with(csrf()).with(fixtures.as(officer))
                .param("version", "0").param("reply", "已收到附件，答复如下")).andExpect(status().isFound());
        mvc.perform(post("/admin/messages/" + id + "/publish").with(csrf()).with(fixtures.as(head))
                .param("version", "1")).andExpect(status().isFound());
        String exchange = mvc.perform(get("/messages/published/" + id)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(exchange).contains(png.fileName(), publicUrl).doesNotContain("证明.pdf", phone, "李附件");
        assertThat(mvc.perform(get(publicUrl)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(PNG);
        mvc.perform(get("/messages/published/" + id + "/attachments/" + pdf.id())).andExpect(status().isNotFound());
        // the database refuses to make public an attachment with findings
        assertThatThrownBy(() -> jdbc.sql(
                        "update message_attachment set public_at = now(), public_by = ? where id = ?")
                .params(head.id(), pdf.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);

        // withdrawn: gone from the public again
        mvc.perform(post(confirm).with(csrf()).with(fixtures.as(head)).param("confirm", "false"))
                .andExpect(status().isFound());
        mvc.perform(get(publicUrl)).andExpect(status().isNotFound());

        // a writer who did not allow publication: no attachment can be confirmed
        String privateReceipt = mvc.perform(form(slug, MessagesTest.phone(), false, file("x.png", "image/png", PNG)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long privateId = messageId(privateReceipt);
        long privateAttachment = jdbc.sql("select id from message_attachment where message_id = ?").param(privateId)
                .query(Long.class).single();
        mvc.perform(post("/admin/messages/" + privateId + "/attachments/" + privateAttachment + "/public").with(csrf())
                .with(fixtures.as(head)).param("confirm", "true")).andExpect(status().isConflict());
    }

    Cookie register(String email, String address) throws Exception {
        var r = mvc.perform(post("/my/register").param("email", email).param("password", "Applicant-Pw1")
                        .param("confirm", "Applicant-Pw1").with(csrf()).with(MessagesTest.from(address)))
                .andExpect(redirectedUrl("/my")).andReturn();
        return r.getResponse().getCookie("SESSION");
    }

    @Test
    void theWriterFollowsTheirMessagesInTheirAccountAndNobodyElses() throws Exception {
        long org = fixtures.organisation("我的留言县教育局");
        String slug = organisations.get(org).slug();
        mvc.perform(get("/my/messages")).andExpect(redirectedUrl("/my"));
        mvc.perform(get("/my/messages").param("site", slug)).andExpect(redirectedUrl("/my?site=" + slug));
        mvc.perform(get("/my/messages").param("site", "//evil.example")).andExpect(redirectedUrl("/my"));

        Cookie a = register("writer-a-" + org + "@example.cn", MessagesTest.ip());
        Cookie b = register("writer-b-" + org + "@example.cn", MessagesTest.ip());
        // the list names the account it shows (its address, from the application module's accounts)
        assertThat(mvc.perform(get("/my/messages").cookie(a)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("账户中还没有留言", "writer-a-" + org + "@example.cn")
                .doesNotContain("writer-b-" + org + "@example.cn");

        // written while signed in: in the account at once
        String receipt = mvc.perform(form(slug, MessagesTest.phone(), false).param("subject", "账户里的留言 <script>x</script>")
                        .cookie(a)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(receipt).contains("已保存到“我的留言”");
        long id = messageId(receipt);
        String list = mvc.perform(get("/my/messages").cookie(a)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("账户里的留言 &lt;script&gt;", "/my/messages/" + id).doesNotContain("<script>x");
        assertThat(mvc.perform(get("/my/messages/" + id).cookie(a)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("见附件", "收到留言");
        // another account: 404, and not in its list
        mvc.perform(get("/my/messages/" + id).cookie(b)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/my/messages").cookie(b)).andReturn().getResponse().getContentAsString())
                .doesNotContain("账户里的留言");

        // written without an account: joined later with number and code; a wrong code 404; CSRF
        String other = mvc.perform(form(slug, MessagesTest.phone(), false).param("subject", "后来加入的留言"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var d = Jsoup.parse(other);
        String tracking = d.getElementById("tracking-number").text();
        String code = d.getElementById("query-code").text();
        mvc.perform(post("/my/messages/link").cookie(b).with(csrf()).with(MessagesTest.from(MessagesTest.ip()))
                .param("trackingNumber", tracking).param("queryCode", "AAAA-BBBB-CCCC")).andExpect(status().isNotFound());
        mvc.perform(post("/my/messages/link").cookie(b).with(MessagesTest.from(MessagesTest.ip()))
                .param("trackingNumber", tracking).param("queryCode", code)).andExpect(status().isForbidden());
        mvc.perform(post("/my/messages/link").cookie(b).with(csrf()).with(MessagesTest.from(MessagesTest.ip()))
                .param("trackingNumber", tracking).param("queryCode", code)).andExpect(redirectedUrl("/my/messages"));
        assertThat(mvc.perform(get("/my/messages").cookie(b)).andReturn().getResponse().getContentAsString())
                .contains("后来加入的留言");
        // a message in one account cannot be taken into another
        mvc.perform(post("/my/messages/link").cookie(a).with(csrf()).with(MessagesTest.from(MessagesTest.ip()))
                .param("trackingNumber", tracking).param("queryCode", code)).andExpect(status().isConflict());
        // the writer's contact details are on none of these pages (they typed them; staff keep them)
        assertThat(mvc.perform(get("/my/messages/" + id).cookie(a)).andReturn().getResponse().getContentAsString())
                .doesNotContain("李附件");
    }
}
