package org.gongkai.services;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lists of powers and approval items (ADR 0045): items versioned by editions with a public change history; each
 * role's pages, 400s with field messages, 403/404, CSRF; nothing unpublished (a new item's draft, a later draft of a
 * published item) on a public page, the API, the navigation or the sitemap; hostile text inert; published editions
 * never change.
 */
@IntegrationTest
class PowerListTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManagePowers manage;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationDirectory organisations;
    @Autowired ServicesReview review;

    record World(long org, String slug, StaffUser editor, StaffUser publisher, StaffUser reviewer) {
    }

    World world(String name) {
        long org = fixtures.organisation(name);
        return new World(org, organisations.get(org).slug(), fixtures.staff(org, Role.EDITOR), fixtures.staff(org, Role.PUBLISHER),
                fixtures.staff(org, Role.REVIEWER));
    }

    static PowerForm form(String list, String code, String name, String department, String note) {
        return new PowerForm(list, code, name, "行政许可", "《中华人民共和国民办教育促进法》第十二条", department,
                "具备法人资格", note, false, null);
    }

    @Test
    void itemsAreVersionedAndTheirChangesArePublic() throws Exception {
        World w = world("权责公开局");
        long id = manage.create(w.editor(), form("APPROVAL", "XK-001", "民办学校设立审批", "行政审批科", null));
        mvc.perform(get("/powers/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/o/" + w.slug())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/o/" + w.slug() + "/powers"))));
        mvc.perform(get("/api/v1/public/powers/items/" + id)).andExpect(status().isNotFound());

        Reviewed.approve(review, ReviewSubject.POWER, id, w.editor(), w.reviewer());
        assertThat(manage.publish(w.publisher(), id)).isEqualTo(1);
        manage.saveDraft(w.editor(), id, form("APPROVAL", null, "民办学校设立审批（筹设）", "政务服务科", "机构改革后职责调整"));
        // the draft of edition 2 is not public yet
        mvc.perform(get("/powers/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("行政审批科")))
                .andExpect(content().string(not(containsString("政务服务科"))))
                .andExpect(content().string(containsString("首次公布")));
        mvc.perform(get("/api/v1/public/powers/" + w.slug() + "?list=APPROVAL")).andExpect(status().isOk())
                .andExpect(content().string(containsString("XK-001")))
                .andExpect(content().string(not(containsString("政务服务科"))));
        Reviewed.approve(review, ReviewSubject.POWER, id, w.editor(), w.reviewer());
        manage.publish(w.publisher(), id);
        mvc.perform(get("/powers/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("政务服务科")))
                .andExpect(content().string(containsString("<del>行政审批科</del>")))
                .andExpect(content().string(containsString("机构改革后职责调整")));
        mvc.perform(get("/api/v1/public/powers/items/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"edition\":2")))
                .andExpect(content().string(containsString("\"edition\":1")));
        mvc.perform(get("/o/" + w.slug() + "/powers?list=APPROVAL")).andExpect(status().isOk())
                .andExpect(content().string(containsString("民办学校设立审批（筹设）")));
        mvc.perform(get("/o/" + w.slug() + "/powers?list=POWER")).andExpect(status().isOk())
                .andExpect(content().string(containsString("暂无公布的事项")));
        mvc.perform(get("/o/" + w.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/o/" + w.slug() + "/powers")));
        String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
        assertThat(sitemap).contains("/powers/" + id + "<");
        manage.create(w.editor(), form("POWER", "QZ-009", "未发布的处罚事项", "执法科", null));
        mvc.perform(get("/o/" + w.slug() + "/powers/feed.atom")).andExpect(status().isOk())
                .andExpect(content().string(containsString("民办学校设立审批（筹设）（第 2 版）")))
                .andExpect(content().string(containsString("机构改革后职责调整")))
                .andExpect(content().string(not(containsString("未发布的处罚事项"))));
        mvc.perform(get("/o/" + w.slug() + "/powers?list=POWER")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("未发布的处罚事项"))));

        // a change after the first edition needs its reason; abolishing is an edition too
        manage.saveDraft(w.editor(), id, new PowerForm(null, null, "民办学校设立审批（筹设）", "行政许可", "依据",
                "政务服务科", null, null, true, String.valueOf(jdbc.sql(
                        "select version from svc_power_edition where power_id = ? and status = 'DRAFT'").param(id).query(Integer.class).optional().orElse(0))));
        Reviewed.approve(review, ReviewSubject.POWER, id, w.editor(), w.reviewer());
        assertThatThrownBy(() -> manage.publish(w.publisher(), id)).isInstanceOf(InvalidInputException.class);
        // published editions never change, even for the database user of the application
        assertThatThrownBy(() -> jdbc.sql("update svc_power_edition set name = 'x' where power_id = ? and edition_no = 1")
                .param(id).update()).hasMessageContaining("history");
    }

    @Test
    void staffPagesFormsAndTheirRefusals() throws Exception {
        World w = world("权责后台局");
        World other = world("权责他局");
        mvc.perform(get("/admin/services/powers").with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("还没有事项")));
        mvc.perform(post("/admin/services/powers").param("list", "POWER").param("code", "bad code!")
                        .param("name", "").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("编码只能由字母、数字")))
                .andExpect(content().string(containsString("href=\"#name\"")));
        mvc.perform(post("/admin/services/powers").param("list", "POWER").param("code", "QZ-1").param("name", "x")
                .with(fixtures.as(w.editor()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/powers").param("list", "POWER").param("code", "QZ-1").param("name", "x")
                .param("category", "行政处罚").param("legalBasis", "依据").param("department", "科室")
                .with(csrf()).with(fixtures.as(w.publisher()))).andExpect(status().isForbidden());
        String location = mvc.perform(post("/admin/services/powers").param("list", "POWER").param("code", "QZ-1")
                        .param("name", "<img src=x onerror=alert(1)>处罚事项").param("category", "行政处罚")
                        .param("legalBasis", "依据").param("department", "科室").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/powers/(\\d+).*", "$1"));
        mvc.perform(post("/admin/services/powers").param("list", "POWER").param("code", "QZ-1").param("name", "重复")
                        .param("category", "c").param("legalBasis", "b").param("department", "d")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("本清单中已有该编码")));
        mvc.perform(get("/admin/services/powers/" + id).with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第 1 版（草稿）")))
                .andExpect(content().string(not(containsString("<img src=x"))));
        mvc.perform(post("/admin/services/powers/" + id + "/publish").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/services/powers/" + id).with(fixtures.as(other.editor()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/powers/" + id).param("name", "x").with(csrf()).with(fixtures.as(other.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/services/powers/999999999").with(fixtures.as(w.editor()))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/services/powers/" + id + "/publish").with(csrf()).with(fixtures.as(w.publisher())))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("尚未审核通过")));
        long draft = jdbc.sql("select id from svc_power_edition where power_id = ? and status = 'DRAFT'").param(id)
                .query(Long.class).single();
        mvc.perform(post("/admin/services/review/power/" + draft + "/submit").param("version", "0").with(csrf())
                .with(fixtures.as(w.editor()))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/services/review/power/" + draft + "/approve").param("version", "1").with(csrf())
                .with(fixtures.as(w.reviewer()))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/services/powers/" + id + "/publish").with(csrf()).with(fixtures.as(w.publisher())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/powers/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;img src=x")))
                .andExpect(content().string(not(containsString("<img src=x"))));
        mvc.perform(get("/admin/services/powers?list=NOPE").with(fixtures.as(w.editor()))).andExpect(status().isBadRequest());
    }
}
