package org.gongkai.services;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service catalog (ADR 0045): guides in editions with materials whose templates are files in the FileStore;
 * the completeness check on staff and public pages; the rating without account, rate-limited; and the leak test —
 * a draft guide (a new service's, or a later draft of a published one) and its files never reach a public page, the
 * API, the catalog, the navigation or the sitemap.
 */
@IntegrationTest
class ServiceGuideTest {

    static final byte[] PDF = "%PDF-1.4\n% 申请表模板\n".getBytes(StandardCharsets.UTF_8);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageGuides manage;
    @Autowired OrganisationDirectory organisations;
    @Autowired ServicesReview review;

    record World(long org, String slug, StaffUser editor, StaffUser publisher, StaffUser reviewer) {
    }

    World world(String name) {
        long org = fixtures.organisation(name);
        return new World(org, organisations.get(org).slug(), fixtures.staff(org, Role.EDITOR), fixtures.staff(org, Role.PUBLISHER),
                fixtures.staff(org, Role.REVIEWER));
    }

    static GuideForm form(String code, String name, String basis, String onlineUrl) {
        return new GuideForm(code, name, basis, "具有中国国籍，遵守宪法和法律", "1. 网上申报\n2. 现场确认\n3. 审核发证",
                "20 个工作日", "不收费", null, "县政务服务中心 3 号窗口，工作日 9:00–17:00", onlineUrl,
                "0791-1234567", "0791-12345（县纪委监委）", null, null);
    }

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    @Test
    void theCompletenessCheckListsMissingElementsPerGuide() throws Exception {
        World w = world("办事指南检查局");
        long id = manage.create(w.editor(), form("JY-001", "教师资格认定", null, null));
        mvc.perform(get("/admin/services/guides").with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("教师资格认定")));
        mvc.perform(get("/admin/services/guides/" + id).with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("缺少“设定依据”")))
                .andExpect(content().string(containsString("缺少“申请材料”")))
                .andExpect(content().string(containsString("缺少“网上办理”")))
                .andExpect(content().string(not(containsString("缺少“收费依据”"))));
        // a material with a PDF template, another without any file
        mvc.perform(multipart("/admin/services/guides/" + id + "/materials")
                        .file(new MockMultipartFile("template", "申请表.pdf", "application/pdf", PDF))
                        .param("materialName", "教师资格认定申请表").param("materialRequired", "true")
                        .param("materialForm", "原件 1 份").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().is3xxRedirection());
        manage.addMaterial(w.editor(), id, "身份证", true, "原件", null, null);
        // a file that is not of an allowed kind is refused with the field's message
        mvc.perform(multipart("/admin/services/guides/" + id + "/materials")
                        .file(new MockMultipartFile("sample", "x.pdf", "application/pdf", "<html>".getBytes()))
                        .param("materialName", "样表").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("只接受 PDF、Word、Excel、JPEG 或 PNG 文件")));
        mvc.perform(multipart("/admin/services/guides/" + id + "/materials").param("materialName", "")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("href=\"#materialName\"")));
        mvc.perform(get("/admin/services/guides/" + id).with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("缺少“申请材料”"))))
                .andExpect(content().string(containsString("材料“身份证”没有空白表格或示例样表")));
        Reviewed.approve(review, ReviewSubject.GUIDE, id, w.editor(), w.reviewer());
        manage.publish(w.publisher(), id);
        mvc.perform(get("/services/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("本指南尚缺少以下要素")))
                .andExpect(content().string(containsString("缺少“设定依据”")));
        mvc.perform(get("/api/v1/public/services/items/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"missing\":[\"basis\",\"onlineUrl\"]")));
        // the next edition gives what was missing: complete
        manage.saveDraft(w.editor(), id, form(null, "教师资格认定", "《教师资格条例》第十三条", "https://zwfw.example.cn/jszg"));
        Reviewed.approve(review, ReviewSubject.GUIDE, id, w.editor(), w.reviewer());
        manage.publish(w.publisher(), id);
        mvc.perform(get("/services/" + id)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("缺少“设定依据”"))))
                .andExpect(content().string(not(containsString("缺少“网上办理”"))))
                .andExpect(content().string(containsString("材料“身份证”没有空白表格或示例样表")))
                .andExpect(content().string(containsString("第 2 版")));
    }

    @Test
    void nothingDraftReachesThePublic() throws Exception {
        World w = world("办事指南公开局");
        long draft = manage.create(w.editor(), form("JY-009", "尚未发布的服务", "依据", null));
        long mid = manage.addMaterial(w.editor(), draft, "草稿材料", true, null,
                new MockMultipartFile("template", "t.pdf", "application/pdf", PDF), null);
        for (String path : new String[]{"/services/" + draft, "/api/v1/public/services/items/" + draft,
                "/services/" + draft + "/materials/" + mid + "/template"}) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/admin/services/guides/" + draft + "/materials/" + mid + "/template").with(fixtures.as(w.editor())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        assertThatThrownBy(() -> manage.publish(w.publisher(), manage.create(w.editor(), form("JY-010", "无材料", null, null))))
                .isInstanceOf(ConflictException.class);

        long id = manage.create(w.editor(), form("JY-002", "学籍证明<script>alert(1)</script>", "依据", null));
        long published = manage.addMaterial(w.editor(), id, "申请表", true, null,
                new MockMultipartFile("template", "申请表.pdf", "application/pdf", PDF), null);
        mvc.perform(get("/o/" + w.slug())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/o/" + w.slug() + "/services"))));
        Reviewed.approve(review, ReviewSubject.GUIDE, id, w.editor(), w.reviewer());
        manage.publish(w.publisher(), id);
        manage.saveDraft(w.editor(), id, form(null, "学籍证明（草稿修改）", "依据", null));
        mvc.perform(get("/services/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("学籍证明&lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(not(containsString("草稿修改"))));
        mvc.perform(get("/services/" + id + "/materials/" + published + "/template")).andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        for (String path : new String[]{"/o/" + w.slug() + "/services", "/api/v1/public/services/" + w.slug(),
                "/api/v1/public/services/items/" + id, "/o/" + w.slug() + "/services/feed.atom"}) {
            mvc.perform(get(path)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("尚未发布的服务"))))
                    .andExpect(content().string(not(containsString("草稿修改"))));
        }
        mvc.perform(get("/o/" + w.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/o/" + w.slug() + "/services")));
        String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
        assertThat(sitemap).contains("/services/" + id + "<").doesNotContain("/services/" + draft + "<");
    }

    @Test
    void thePublicRatesAGuideWithoutAnAccountAndALimit() throws Exception {
        World w = world("办事指南评价局");
        long id = manage.create(w.editor(), form("JY-003", "转学申请", "依据", null));
        manage.addMaterial(w.editor(), id, "转学申请表", true, null, null, null);
        mvc.perform(post("/services/" + id + "/rating").param("useful", "yes").with(csrf()).with(from("10.9.0.1")))
                .andExpect(status().isNotFound());
        Reviewed.approve(review, ReviewSubject.GUIDE, id, w.editor(), w.reviewer());
        manage.publish(w.publisher(), id);
        mvc.perform(post("/services/" + id + "/rating").param("useful", "yes").with(from("10.9.0.1")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/services/" + id + "/rating").param("useful", "yes").with(csrf()).with(from("10.9.0.1")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/services/" + id + "/rating").param("useful", "no").with(csrf()).with(from("10.9.0.2")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/services/" + id + "/rating").param("useful", "yes").with(csrf()).with(from("10.9.0.1")))
                .andExpect(status().isTooManyRequests()).andExpect(content().string(containsString("您已评价过")));
        mvc.perform(post("/services/" + id + "/rating").param("useful", "maybe").with(csrf()).with(from("10.9.0.3")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/services/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 人认为有用，1 人认为没有用")));
    }

    @Test
    void staffPagesAndTheirRefusals() throws Exception {
        World w = world("办事指南后台局");
        World other = world("办事指南他局");
        mvc.perform(get("/admin/services/guides").with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("还没有服务事项")));
        mvc.perform(post("/admin/services/guides").param("code", "JY 1").param("name", "")
                        .param("onlineUrl", "javascript:alert(1)").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#code\"")))
                .andExpect(content().string(containsString("href=\"#name\"")))
                .andExpect(content().string(containsString("请填写以 http:// 或 https:// 开头的网址")));
        mvc.perform(post("/admin/services/guides").param("code", "JY-1").param("name", "x").with(fixtures.as(w.editor())))
                .andExpect(status().isForbidden());
        long id = manage.create(w.editor(), form("JY-004", "毕业证书补办", null, null));
        mvc.perform(get("/admin/services/guides/" + id).with(fixtures.as(other.editor()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/guides/" + id + "/publish").with(csrf()).with(fixtures.as(other.publisher())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/guides/" + id + "/publish").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/guides/" + id + "/publish").with(csrf()).with(fixtures.as(w.publisher())))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("至少要列出一项申请材料")));
        mvc.perform(get("/admin/services/guides/999999999").with(fixtures.as(w.editor()))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/services/guides/" + id).param("name", "毕业证书补办").param("version", "99")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isConflict());
    }
}
