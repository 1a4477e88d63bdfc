package org.gongkai.integrity;

import org.gongkai.demo.FoundingDocumentSample;
import org.gongkai.identity.NewOrganisation;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffRegistry;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.Charset;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class IntegrityPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationRegistry organisations;
    @Autowired StaffRegistry staff;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEvents events;

    private String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
    }

    private long org(Long parent) {
        String code = unique();
        return organisations.create(new NewOrganisation(parent, code, "机构" + code, parent == null ? OrganisationKind.MINISTRY
                : OrganisationKind.SCHOOL, "o-" + code.toLowerCase(), 0, null, null,
                new Organisation.DisclosureOffice(null, null, null, null, null, null, null),
                new Organisation.SiteIdentity(null, null, null)), null);
    }

    private String staffIn(long org, Role role) {
        String name = "u" + unique().toLowerCase();
        staff.create(org, name, "测试" + name, Set.of(role), "Correct-Horse-42-battery", false, null);
        return name;
    }

    private String randomAddress() {
        return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    @Test
    void aCheckIsAnsweredAndLoggedWithoutItsText() throws Exception {
        long before = jdbc.sql("select count(*) from mirror_check").query(Long.class).single();
        String ip = randomAddress();
        mvc.perform(post("/mirror-check").param("text", "教育部辦公廳關於全面推進政務公開工作的實施意見🎉").with(csrf())
                        .with(r -> { r.setRemoteAddr(ip); return r; }))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未找到")));
        byte[] gbk = "关于做好招生工作的通知\n各区县：请做好招生工作。".getBytes(Charset.forName("GBK"));
        mvc.perform(multipart("/mirror-check").file(new MockMultipartFile("file", "page.txt", "text/plain", gbk)).with(csrf())
                        .with(r -> { r.setRemoteAddr(ip); return r; }))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from mirror_check").query(Long.class).single()).isEqualTo(before + 2);
        assertThat(jdbc.sql("select source from mirror_check order by id desc limit 1").query(String.class).single()).isEqualTo("UPLOAD");
        assertThat(jdbc.sql("select ip_hash from mirror_check order by id desc limit 1").query(String.class).single())
                .hasSize(64).doesNotContain(ip);
    }

    @Test
    void badUploadsAreRefused() throws Exception {
        mvc.perform(multipart("/mirror-check").file(new MockMultipartFile("file", "x.exe", "application/octet-stream", new byte[]{1}))
                .with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("只接受")));
        mvc.perform(post("/mirror-check").param("text", " ").with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void thePublicFormIsRateLimitedPerAddress() throws Exception {
        String ip = randomAddress();
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/mirror-check").param("text", "测试文字第" + i + "段，用于核验频率限制。").with(csrf())
                    .with(r -> { r.setRemoteAddr(ip); return r; })).andExpect(status().isOk());
        }
        mvc.perform(post("/mirror-check").param("text", "再来一次核验频率限制测试。").with(csrf())
                .with(r -> { r.setRemoteAddr(ip); return r; })).andExpect(status().isTooManyRequests());
        mvc.perform(post("/mirror-check").param("text", "另一个地址的核验。").with(csrf())
                .with(r -> { r.setRemoteAddr(randomAddress()); return r; })).andExpect(status().isOk());
    }

    @Test
    void theImportResultListsEveryRemovalAndFlagWithAReasonAndExplainsTheScores() throws Exception {
        long org = org(null);
        var editor = users.loadUserByUsername(staffIn(org, Role.EDITOR));
        String page = "成人视频 黄色网站 裸聊 约炮 一夜情 av在线\n• 听全文\n【字体：大 中 小】\n" + ImportCorpus.COVER
                .replace("www.shifan.gov.cn", "www.6688ty.com").replace("示范市教育局　　", "星辉娱乐　　")
                + "\n湖人绝杀勇士 詹姆斯砍下40分\n英超前瞻：曼联主场迎战利物浦";
        var result = mvc.perform(multipart("/admin/import")
                        .file(new MockMultipartFile("file", "spam.txt", "text/plain", page.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(csrf()).with(user(editor)))
                .andExpect(status().is3xxRedirection()).andReturn();
        String html = mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user(editor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("已标记（保留）").contains("www.6688ty.com").contains("不是政府网站")
                .contains("星辉娱乐").contains("可能是冒充的品牌")
                .contains("已删除").contains("听全文").contains("混入正文的体育、娱乐新闻标题").contains("湖人绝杀勇士")
                .contains("以赌博或色情关键词为主的行").contains("接受前请逐项核对")
                .contains("是赌博或色情关键词堆砌").doesNotContain("<strong>0.00</strong>\n      <span class=\"score-why\">页面可见");
        assertThat(html).containsPattern("垃圾内容评分</th><td><strong>0\\.[1-9]\\d|垃圾内容评分</th><td><strong>1\\.00");
    }

    @Test
    void editorsImportPreviewAndAccept() throws Exception {
        long org = org(null);
        var editor = users.loadUserByUsername(staffIn(org, Role.EDITOR));
        var result = mvc.perform(multipart("/admin/import")
                        .file(new MockMultipartFile("file", FoundingDocumentSample.FOUNDING_DOCUMENT_FILE, "text/plain",
                                FoundingDocumentSample.foundingDocumentBytes()))
                        .with(csrf()).with(user(editor)))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/import/");
        mvc.perform(get(location).with(user(editor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("教办厅〔2017〕3号")))
                .andExpect(content().string(containsString("表情符号")))
                .andExpect(content().string(containsString("6688体育")));
        mvc.perform(post(location + "/accept").with(csrf()).with(user(editor))).andExpect(status().is3xxRedirection());
        assertThat(events.stream(ImportAccepted.class).toList()).anySatisfy(e -> {
            assertThat(e.document().title()).isEqualTo("教育部办公厅关于全面推进政务公开工作的实施意见");
            assertThat(e.acceptedBy().username()).isEqualTo(editor.getUsername());
            assertThat(e.original().bytes()).isEqualTo(FoundingDocumentSample.foundingDocumentBytes());
        });
        mvc.perform(post(location + "/accept").with(csrf()).with(user(editor))).andExpect(status().isConflict());

        var reviewer = users.loadUserByUsername(staffIn(org, Role.REVIEWER));
        mvc.perform(get("/admin/import").with(user(reviewer))).andExpect(status().isForbidden());
        var otherEditor = users.loadUserByUsername(staffIn(org(null), Role.EDITOR));
        mvc.perform(get(location).with(user(otherEditor))).andExpect(status().isForbidden());
    }

    @Test
    void onlyRootOrganisationStaffSeeTheChecks() throws Exception {
        long root = org(null);
        long child = org(root);
        mvc.perform(post("/mirror-check").param("text", "管理员应能看到这次核验记录。").with(csrf())
                .with(r -> { r.setRemoteAddr(randomAddress()); return r; })).andExpect(status().isOk());
        mvc.perform(get("/admin/mirror-checks").with(user(users.loadUserByUsername(staffIn(root, Role.AUDIT_ADMIN)))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("粘贴")))
                .andExpect(content().string(not(containsString("管理员应能看到"))));
        mvc.perform(get("/admin/mirror-checks").with(user(users.loadUserByUsername(staffIn(child, Role.EDITOR)))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/mirror-checks")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }
}
