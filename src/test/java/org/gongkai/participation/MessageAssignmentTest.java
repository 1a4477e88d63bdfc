package org.gongkai.participation;

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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Departments (identity, V115) as the system administrator manages them, and messages assigned to a department and
 * a person (V116): the rules of the assignment, the assignee's own work-list line and inbox, the near-due and overdue
 * badges kept there, and the audit.
 */
@IntegrationTest
@RecordApplicationEvents
class MessageAssignmentTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired ReceiveMessage receive;
    @Autowired ApplicationEvents events;

    String page(String path, StaffUser u, int expected) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(u))).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString();
    }

    long department(StaffUser admin, long org, String name) throws Exception {
        String location = mvc.perform(post("/admin/departments").with(csrf()).with(fixtures.as(admin))
                        .param("org", String.valueOf(org)).param("name", name))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll(".*/admin/departments/(\\d+).*", "$1"));
    }

    @Test
    void theSystemAdministratorManagesDepartmentsOfTheirPartOfTheTree() throws Exception {
        long city = fixtures.organisation("科室市教育局");
        long county = fixtures.organisation("科室县教育局", city);
        long other = fixtures.organisation("科室他市教育局");
        StaffUser admin = fixtures.staff(city, Role.SYSTEM_ADMIN);
        StaffUser countyAdmin = fixtures.staff(county, Role.SYSTEM_ADMIN);
        StaffUser officer = fixtures.staff(county, Role.DISCLOSURE_OFFICER);
        StaffUser editor = fixtures.staff(county, Role.EDITOR);
        StaffUser stranger = fixtures.staff(other, Role.EDITOR);

        assertThat(page("/admin/departments?org=" + county, admin, 200)).contains("本机构尚未设置科室");
        page("/admin/departments", officer, 403);
        page("/admin/departments?org=" + city, countyAdmin, 403);

        String blank = mvc.perform(post("/admin/departments").with(csrf()).with(fixtures.as(admin))
                        .param("org", String.valueOf(county)).param("name", "  "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("请填写科室名称", "aria-invalid=\"true\"");
        mvc.perform(post("/admin/departments").with(fixtures.as(admin)).param("org", String.valueOf(county))
                .param("name", "无令牌科")).andExpect(status().isForbidden());

        long dept = department(admin, county, "<b>基教科</b>");
        mvc.perform(post("/admin/departments").with(csrf()).with(fixtures.as(countyAdmin))
                        .param("org", String.valueOf(county)).param("name", "<b>基教科</b>"))
                .andExpect(status().isBadRequest());
        String detail = page("/admin/departments/" + dept, countyAdmin, 200);
        assertThat(detail).contains("&lt;b&gt;基教科&lt;/b&gt;", officer.displayName()).doesNotContain("<b>基教科");

        mvc.perform(post("/admin/departments/" + dept + "/members").with(csrf()).with(fixtures.as(admin))
                .param("member", String.valueOf(stranger.id()))).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/departments/" + dept + "/members").with(csrf()).with(fixtures.as(admin))
                .param("member", String.valueOf(officer.id()), String.valueOf(editor.id())))
                .andExpect(status().isFound());
        assertThat(page("/admin/departments?org=" + county, admin, 200)).contains(officer.displayName(), editor.displayName());
        mvc.perform(post("/admin/departments/" + dept + "/rename").with(csrf()).with(fixtures.as(admin))
                .param("version", "0").param("name", "基础教育科")).andExpect(status().isFound());
        mvc.perform(post("/admin/departments/" + dept + "/rename").with(csrf()).with(fixtures.as(admin))
                .param("version", "0").param("name", "又一名")).andExpect(status().isConflict());
        page("/admin/departments/" + dept, fixtures.staff(other, Role.SYSTEM_ADMIN), 403);
        page("/admin/departments/99999999", admin, 404);

        assertThat(events.stream(StaffAction.class).filter(a -> "department".equals(a.targetType()) && String.valueOf(dept).equals(a.targetId()))
                .map(StaffAction::action)).containsExactly("department.create", "department.members", "department.rename");
        // the database keeps members inside the department's organisation
        assertThatThrownBy(() -> jdbc.sql("insert into staff_department (user_id, department_id) values (?, ?)")
                .params(stranger.id(), dept).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aMessageGoesToADepartmentAndAPersonWhoSeesItOnTheirWorkList() throws Exception {
        long county = fixtures.organisation("分派县教育局");
        long other = fixtures.organisation("分派他县教育局");
        StaffUser admin = fixtures.staff(county, Role.SYSTEM_ADMIN);
        StaffUser officer = fixtures.staff(county, Role.DISCLOSURE_OFFICER);
        StaffUser editor = fixtures.staff(county, Role.EDITOR);
        StaffUser outsider = fixtures.staff(county, Role.EDITOR);
        long dept = department(admin, county, "基教科");
        long otherDept = department(fixtures.staff(other, Role.SYSTEM_ADMIN), other, "他县科");
        mvc.perform(post("/admin/departments/" + dept + "/members").with(csrf()).with(fixtures.as(admin))
                .param("member", String.valueOf(editor.id()))).andExpect(status().isFound());

        // received 30 days ago: overdue on a 10-working-day clock
        long id = receive.receive(county, new MessageDraft(MessageType.CONSULTATION, "学位咨询", "正文", "李四",
                "13800000000", null, false), Instant.now().minus(30, ChronoUnit.DAYS)).id();
        assertThat(page("/admin/messages/" + id, officer, 200)).contains("基教科");

        String wrongDept = mvc.perform(post("/admin/messages/" + id + "/assign").with(csrf()).with(fixtures.as(officer))
                        .param("version", "0").param("department", String.valueOf(otherDept)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(wrongDept).contains("请选择本机构的科室");
        String notMember = mvc.perform(post("/admin/messages/" + id + "/assign").with(csrf()).with(fixtures.as(officer))
                        .param("version", "0").param("department", String.valueOf(dept))
                        .param("assignee", String.valueOf(outsider.id())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(notMember).contains("所选承办人不属于所选科室");
        mvc.perform(post("/admin/messages/" + id + "/assign").with(fixtures.as(officer))
                .param("version", "0").param("department", String.valueOf(dept))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/messages/" + id + "/assign").with(csrf()).with(fixtures.as(officer))
                        .param("version", "0").param("department", String.valueOf(dept))
                        .param("assignee", String.valueOf(editor.id())))
                .andExpect(status().isFound());

        String detail = page("/admin/messages/" + id, officer, 200);
        assertThat(Jsoup.parse(detail).getElementById("department-name").text()).isEqualTo("基教科");

        // the assignee's landing page and their own inbox, with the overdue badge
        String landing = page("/admin", editor, 200);
        assertThat(landing).contains("分配给我的未办结留言", "/admin/messages?mine=true&amp;status=OPEN");
        assertThat(page("/admin", officer, 200)).doesNotContain("分配给我的未办结留言");
        String mine = page("/admin/messages?mine=true&status=OPEN", editor, 200);
        assertThat(mine).contains("学位咨询", "基教科", "已超期");
        assertThat(page("/admin/messages?mine=true", officer, 200)).doesNotContain("学位咨询");
        assertThat(page("/admin/messages?department=" + dept, officer, 200)).contains("学位咨询");
        assertThat(page("/admin/messages?flag=OVERDUE&mine=true", editor, 200)).contains("学位咨询");

        assertThat(events.stream(StaffAction.class).filter(a -> "citizen_message".equals(a.targetType()) && String.valueOf(id).equals(a.targetId()))
                .filter(a -> a.action().equals("message.assign")))
                .singleElement().satisfies(a -> assertThat(a.after()).containsEntry("department", dept)
                        .containsEntry("assignedTo", editor.id()));
        // the database refuses another organisation's department
        assertThatThrownBy(() -> jdbc.sql("update citizen_message set department_id = ? where id = ?")
                .params(otherDept, id).update()).isInstanceOf(DataIntegrityViolationException.class);
    }
}
