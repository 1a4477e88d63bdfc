package org.gongkai.integrity;

import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublicChange;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.transparency.LogAppender;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The platform's own document page, saved from a browser, verifies as faithful against the transparency log's
 * leaf; the same page with one word changed is altered, with the difference shown; the report downloads.
 */
@IntegrationTest
class OwnPageMirrorTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired PublishedDocuments published;
    @Autowired LogAppender appender;

    String address() {
        return "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    String check(byte[] page, String name) throws Exception {
        return mvc.perform(multipart("/mirror-check").file(new MockMultipartFile("file", name, "text/html", page))
                        .with(csrf()).with(r -> { r.setRemoteAddr(address()); return r; }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aSavedPageOfOursIsFaithfulAndNamesItsEditionInTheLog() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long org = fixtures.organisation("自存县教育局" + tag);
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser reviewer = fixtures.staff(org, Role.REVIEWER);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        String body = "<p>各中小学：</p><p>根据规定，涉及学生个人隐私的信息不公开，其余信息应当在20个工作日内主动公开。</p>"
                + "<table><tr><td>项目</td><td>金额（万元）</td></tr><tr><td>学生资助</td><td>356.20</td></tr></table>"
                + "<p>请于2026年10月15日前报送自查报告" + tag + "。</p>";
        long id = create.create(editor, org, DocumentContent.builder().title("自存县关于做好信息公开自查工作的通知" + tag)
                .documentNumber("自教〔2026〕15号").issuer("自存县教育局").writtenDate(LocalDate.of(2026, 9, 20)).theme("公开")
                .opennessClass("RESULT").keywords("自查").bodyHtml(body).build());
        submit.submit(editor, id);
        review.approve(reviewer, id, null);
        publish.publishNow(publisher, id);
        PublishedDocument doc = published.find(id).orElseThrow();
        appender.append(new PublicChange(PublicChange.Kind.PUBLISHED, id, doc.editionId(), org));

        byte[] saved = mvc.perform(get("/documents/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        String html = new String(saved, StandardCharsets.UTF_8);
        assertThat(html).contains("transparency-badge");

        String result = check(saved, "saved.html");
        assertThat(result).contains("一致：与本平台发布的文件相同").doesNotContain("被改动的副本")
                .contains("这是索引号 " + doc.indexNumber() + " 的第 1 版")
                .contains("包含证明和树头签名均已核验通过")
                .contains("/documents/" + id).contains("/transparency/verify?document=" + id);

        // the same saved page with the negation dropped and a figure changed
        byte[] edited = html.replace("信息不公开", "信息公开").replace("356.20", "536.20").getBytes(StandardCharsets.UTF_8);
        String altered = check(edited, "saved.html");
        assertThat(altered).contains("被改动的副本").contains("<del>不</del>").contains("<del>356.20</del>")
                .contains("<ins>536.20</ins>").contains("数字、日期和否定词的改动");

        // the downloadable report for a journalist or a supervising office
        MockHttpServletResponse report = mvc.perform(post("/mirror-check/report")
                        .param("page", Base64.getEncoder().encodeToString(edited)).param("fileName", "saved.html")
                        .param("source", "UPLOAD").with(csrf()).with(r -> { r.setRemoteAddr(address()); return r; }))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(report.getHeader("Content-Disposition")).startsWith("attachment").contains(".html");
        assertThat(report.getContentAsString(StandardCharsets.UTF_8)).contains("镜像核验报告").contains("被改动的副本")
                .contains("/documents/" + id).contains("<del>不</del>");

        // a document without 文号 or 成文日期: its saved page is faithful too (nothing stands in for the missing fields)
        long bare = create.create(editor, org, DocumentContent.builder().title("自存县信息公开目录说明" + tag).issuer("自存县教育局")
                .theme("公开").opennessClass("RESULT").bodyHtml("<p>本目录按主题分类编排" + tag + "。</p>").build());
        submit.submit(editor, bare);
        review.approve(reviewer, bare, null);
        publish.publishNow(publisher, bare);
        byte[] bareSaved = mvc.perform(get("/documents/" + bare)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(check(bareSaved, "bare.html")).contains("一致：与本平台发布的文件相同").contains("/documents/" + bare);

        // a broken carried-back page is a 400, not a 5xx
        mvc.perform(post("/mirror-check/report").param("page", "%%%not base64").with(csrf())
                        .with(r -> { r.setRemoteAddr(address()); return r; }))
                .andExpect(status().isBadRequest());
    }
}
