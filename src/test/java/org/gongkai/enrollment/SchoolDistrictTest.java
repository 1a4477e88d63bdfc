package org.gongkai.enrollment;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * School districts: the import (GBK CSV, XLSX, problems by row and column), the rule form, publication as an audited
 * and final step, the public look-up (one school, ambiguous, unknown, normalised input, year-over-year change), the
 * changes per school, and what the public and other organisations must never see or touch.
 */
@IntegrationTest
@RecordApplicationEvents
class SchoolDistrictTest {

    static final String HEADER = "学校,街路巷,起始号,终止号,单双号,小区,备注\n";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired ZoningRules rules;
    @Autowired ZoningStore store;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    record County(long id, String slug, StaffUser editor, StaffUser publisher) {
    }

    County county(String name) {
        long id = fixtures.organisation(name);
        return new County(id, organisations.get(id).slug(), fixtures.staff(id, Role.EDITOR), fixtures.staff(id, Role.PUBLISHER));
    }

    long zoningWith(County c, int year, String csv) {
        long id = rules.open(c.editor(), c.id(), year, false);
        RuleFile.Result r = rules.importRules(c.editor(), id, "rules.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).isEmpty();
        return id;
    }

    void publish(County c, long zoningId, String decision) {
        rules.publish(c.publisher(), zoningId, decision, null, String.valueOf(store.find(zoningId).orElseThrow().version()));
    }

    @Test
    void aGbkCsvFromExcelImportsAndAnXlsxToo() throws Exception {
        County c = county("学区导入县教育局");
        long id = rules.open(c.editor(), c.id(), 2026, false);
        byte[] gbk = (HEADER + "实验小学,建设路,1,99,单号,,\n实验小学,,,,,阳光小区,含东区\n城南小学,解放路,,,,,\n")
                .getBytes(Charset.forName("GBK"));
        mvc.perform(multipart("/admin/school-districts/{id}/import", id)
                        .file(new MockMultipartFile("file", "学区.csv", "text/csv", gbk)).with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().is3xxRedirection());
        assertThat(store.allRules(id)).extracting(ZoningRule::school, ZoningRule::street, ZoningRule::compound, ZoningRule::parity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("实验小学", "建设路", null, Parity.ODD),
                        org.assertj.core.groups.Tuple.tuple("实验小学", null, "阳光小区", Parity.ALL),
                        org.assertj.core.groups.Tuple.tuple("城南小学", "解放路", null, Parity.ALL));
        assertThat(events.stream(StaffAction.class).filter(a -> a.action().equals("zoning.import"))
                .filter(a -> a.targetId().equals(String.valueOf(id)))).hasSize(1);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("学区");
            String[][] rows = {{"学校", "街路巷", "起始号", "终止号"}, {"二小", "和平路", "2", "40"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int col = 0; col < rows[r].length; col++) {
                    if (r == 1 && col >= 2) {
                        row.createCell(col).setCellValue(Double.parseDouble(rows[r][col]));
                    } else {
                        row.createCell(col).setCellValue(rows[r][col]);
                    }
                }
            }
            book.write(xlsx);
        }
        mvc.perform(multipart("/admin/school-districts/{id}/import", id)
                        .file(new MockMultipartFile("file", "学区.xlsx", "application/octet-stream", xlsx.toByteArray()))
                        .with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().is3xxRedirection());
        assertThat(store.allRules(id)).singleElement()
                .satisfies(r -> assertThat(r.numberFrom()).isEqualTo(2))
                .satisfies(r -> assertThat(r.numberTo()).isEqualTo(40));
    }

    @Test
    void aFileWithProblemsNamesRowAndColumnAndImportsNothing() throws Exception {
        County c = county("学区错误县教育局");
        long id = zoningWith(c, 2026, HEADER + "一小,建设路,1,9,,,\n");
        String bad = HEADER + "一小,建设路,1,9,,,\n"
                + "一小,建设路,abc,9,,,\n"           // row 3: C not a number
                + "一小,建设路,20,10,,,\n"           // row 4: D smaller than C
                + ",人民路,,,,,\n"                    // row 5: A school missing
                + "一小,人民路,,,隔一个,,\n"          // row 6: E unknown side
                + "一小,,,,,,\n";                     // row 7: neither street nor compound
        mvc.perform(multipart("/admin/school-districts/{id}/import", id)
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", bad.getBytes(Charset.forName("GBK"))))
                        .with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("第 3 行 C 列（起始号）"), containsString("门牌号应为整数"), containsString("“abc”"),
                        containsString("第 4 行 D 列（终止号）"), containsString("终止号不能小于起始号"),
                        containsString("第 5 行 A 列（学校）"),
                        containsString("第 6 行 E 列（单双号）"),
                        containsString("第 7 行 B 列（街路巷）"))));
        assertThat(store.allRules(id)).hasSize(1);

        RuleFile.Result header = RuleFile.read("x.csv", "学校,门牌\n一小,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(header.problems()).extracting(RuleFile.Problem::row, RuleFile.Problem::column, RuleFile.Problem::key)
                .contains(org.assertj.core.groups.Tuple.tuple(1, "B", "zoning.import.unknownColumn"));
        mvc.perform(get("/admin/school-districts/{id}", id).param("lang", "en").with(fixtures.as(c.editor())))
                .andExpect(status().isOk());
    }

    @Test
    void theRuleFormAnswers400WithAMessagePerField() throws Exception {
        County c = county("学区表单县教育局");
        long id = rules.open(c.editor(), c.id(), 2026, false);
        mvc.perform(post("/admin/school-districts/{id}/rules", id).with(csrf()).with(fixtures.as(c.editor()))
                        .param("school", "").param("street", "建设路").param("numberFrom", "9").param("numberTo", "1")
                        .param("parity", "ALL"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写学校"), containsString("终止号不能小于起始号"),
                        containsString("aria-invalid=\"true\""), containsString("href=\"#school\""))));
        mvc.perform(post("/admin/school-districts/{id}/rules", id).with(csrf()).with(fixtures.as(c.editor()))
                        .param("school", "一小").param("street", "建设路").param("numberFrom", "1").param("numberTo", "9")
                        .param("parity", "ODD"))
                .andExpect(status().is3xxRedirection());
        assertThat(store.allRules(id)).singleElement().satisfies(r -> assertThat(r.parity()).isEqualTo(Parity.ODD));
        mvc.perform(get("/admin/school-districts/{id}", id).with(fixtures.as(c.editor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("建设路 1–9 号（单号）")));
        // without the CSRF token nothing is saved
        mvc.perform(post("/admin/school-districts/{id}/rules", id).with(fixtures.as(c.editor()))
                        .param("school", "二小").param("street", "人民路").param("parity", "ALL"))
                .andExpect(status().isForbidden());
        assertThat(store.allRules(id)).hasSize(1);
    }

    @Test
    void theLookUpAnswersOneSchoolAmbiguityAndUnknownHonestly() throws Exception {
        County c = county("学区查询县教育局");
        long id = zoningWith(c, 2026, HEADER
                + "实验小学,建设路,1,99,单号,,\n"
                + "城南小学,建设路,2,100,双号,,\n"
                + "城南小学,,,,,阳光小区,\n"
                + "城北小学,,,,,阳光小区,东区部分\n"
                + "城北小学,人民路,1,50,,,\n");
        mvc.perform(get("/admin/school-districts/{id}", id).with(fixtures.as(c.editor())))
                .andExpect(content().string(containsString("规则重叠")));
        assertThat(Overlaps.of(store.allRules(id), 10)).hasSize(1);
        publish(c, id, "某县教育局关于2026年义务教育学校招生范围的通知");
        String page = "/school-districts/" + c.slug();
        mvc.perform(get(page).param("address", "某县建設路 ８７ 號"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("对口学校：实验小学"), containsString("建设路 1–99 号（单号）"),
                        containsString("没有更早年度"))));
        mvc.perform(get(page).param("address", "建设路八十八号"))
                .andExpect(content().string(containsString("对口学校：城南小学")));
        mvc.perform(get(page).param("address", "阳光小区3栋"))
                .andExpect(content().string(allOf(containsString("符合 2 所学校"), containsString("城南小学"),
                        containsString("城北小学"), containsString("东区部分"), not(containsString("对口学校：")))));
        mvc.perform(get(page).param("address", "人民路51号"))
                .andExpect(content().string(containsString("不在任何学校的划片规则内")));
        mvc.perform(get(page).param("address", "人民路"))
                .andExpect(content().string(containsString("没有可识别的门牌号")));
        mvc.perform(get(page).param("address", "月亮湾1号"))
                .andExpect(content().string(allOf(containsString("没有找到与该地址对应的划片规则"), not(containsString("对口学校：")))));
        mvc.perform(get(page).param("address", "人民路1号").param("lang", "en"))
                .andExpect(content().string(containsString("Your school: 城北小学")));
    }

    @Test
    void aChangeFromLastYearIsShownWithItsDecisionAndListedPerSchool() throws Exception {
        County c = county("学区变化县教育局");
        long y2025 = zoningWith(c, 2025, HEADER + "实验小学,建设路,1,199,,,\n城南小学,解放路,,,,,\n");
        publish(c, y2025, "2025年招生范围通知");
        long y2026 = rules.open(c.editor(), c.id(), 2026, true);
        assertThat(store.allRules(y2026)).hasSize(2);
        rules.importRules(c.editor(), y2026, "r.csv", (HEADER + "实验小学,建设路,1,99,,,\n城南小学,建设路,100,199,,,\n城南小学,解放路,,,,,\n")
                .getBytes(StandardCharsets.UTF_8));
        publish(c, y2026, "2026年招生范围调整通知");
        String page = "/school-districts/" + c.slug();
        mvc.perform(get(page).param("address", "建设路150号"))
                .andExpect(content().string(allOf(containsString("对口学校：城南小学"),
                        containsString("查询结果与 2025 年度不同：当时对口 实验小学"), containsString("2026年招生范围调整通知"))));
        mvc.perform(get(page).param("address", "建设路50号"))
                .andExpect(content().string(containsString("与 2025 年度的查询结果相同")));
        mvc.perform(get(page).param("address", "建设路150号").param("year", "2025"))
                .andExpect(content().string(allOf(containsString("对口学校：实验小学"), containsString("没有更早年度"))));
        mvc.perform(get(page + "/2026/changes"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("实验小学"), containsString("建设路 1–199 号"),
                        containsString("建设路 1–99 号"), containsString("城南小学"), containsString("建设路 100–199 号"),
                        not(containsString("解放路")))));
    }

    @Test
    void unpublishedZoningNeverReachesThePublic() throws Exception {
        County c = county("学区草稿县教育局");
        long draft = zoningWith(c, 2026, HEADER + "保密小学,草稿路,,,,,\n");
        mvc.perform(get("/school-districts/" + c.slug()).param("address", "草稿路1号")).andExpect(status().isNotFound());
        mvc.perform(get("/o/" + c.slug())).andExpect(content().string(not(containsString("/school-districts/"))));
        // a published 2025 and the 2026 draft: the public sees 2025 only
        long y2025 = zoningWith(c, 2025, HEADER + "公开小学,公开路,,,,,\n");
        publish(c, y2025, "2025年通知");
        mvc.perform(get("/school-districts/" + c.slug()).param("address", "草稿路1号"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("保密小学")), containsString("2025"))));
        mvc.perform(get("/school-districts/" + c.slug()).param("year", "2026")).andExpect(status().isNotFound());
        mvc.perform(get("/school-districts/" + c.slug() + "/2026/changes")).andExpect(status().isNotFound());
        mvc.perform(get("/o/" + c.slug())).andExpect(content().string(containsString("/school-districts/" + c.slug())));
        assertThat(draft).isPositive();
    }

    @Test
    void htmlInAStreetNameIsRenderedInert() throws Exception {
        County c = county("学区恶意县教育局");
        long id = zoningWith(c, 2026, HEADER + "\"<b>粗</b>小学\",\"<script>alert(1)</script>路\",,,,,\"<img src=x onerror=alert(2)>\"\n");
        publish(c, id, "<i>通知</i>");
        mvc.perform(get("/admin/school-districts/{id}", id).with(fixtures.as(c.editor())))
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;路"),
                        not(containsString("<script>alert(1)")), not(containsString("<img src=x")))));
        mvc.perform(get("/school-districts/" + c.slug()).param("address", "<script>alert(1)</script>路1号"))
                .andExpect(content().string(allOf(containsString("&lt;b&gt;粗&lt;/b&gt;小学"), not(containsString("<b>粗")),
                        not(containsString("<script>alert(1)")), not(containsString("<i>通知")),
                        not(containsString("<img src=x")))));
    }

    @Test
    void otherOrganisationsCannotReadOrChangeAZoningAndPublishedIsFinal() throws Exception {
        County c = county("学区权限县教育局");
        County other = county("学区他县教育局");
        long id = zoningWith(c, 2026, HEADER + "一小,建设路,,,,,\n");
        long ruleId = store.allRules(id).get(0).id();
        mvc.perform(get("/admin/school-districts/{id}", id).with(fixtures.as(c.editor())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("规则重叠"))));
        mvc.perform(get("/admin/school-districts/{id}", id).with(fixtures.as(other.editor()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/school-districts/{id}", Long.MAX_VALUE).with(fixtures.as(c.editor()))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/school-districts").param("org", String.valueOf(c.id())).with(fixtures.as(other.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/school-districts/{id}/rules/{r}/delete", id, ruleId).with(csrf()).with(fixtures.as(other.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/school-districts/{id}/publish", id).with(csrf()).with(fixtures.as(other.publisher()))
                        .param("decisionTitle", "x").param("version", "0"))
                .andExpect(status().isForbidden());
        // the county's editor may not publish; its publisher may
        mvc.perform(post("/admin/school-districts/{id}/publish", id).with(csrf()).with(fixtures.as(c.editor()))
                        .param("decisionTitle", "x").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/school-districts/{id}/publish", id).with(csrf()).with(fixtures.as(c.publisher()))
                        .param("decisionTitle", "").param("decisionUrl", "javascript:alert(1)")
                        .param("version", String.valueOf(store.find(id).orElseThrow().version())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写依据文件"), containsString("链接应以"))));
        // a rule of another zoning through this zoning's address: 404
        long otherZoning = zoningWith(other, 2026, HEADER + "二小,和平路,,,,,\n");
        long otherRule = store.allRules(otherZoning).get(0).id();
        mvc.perform(get("/admin/school-districts/{id}/rules/{r}/edit", id, otherRule).with(fixtures.as(c.editor())))
                .andExpect(status().isNotFound());

        mvc.perform(post("/admin/school-districts/{id}/publish", id).with(csrf()).with(fixtures.as(c.publisher()))
                        .param("decisionTitle", "2026年通知").param("decisionUrl", "https://example.org/notice")
                        .param("version", String.valueOf(store.find(id).orElseThrow().version())))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(StaffAction.class).filter(a -> a.action().equals("zoning.publish"))
                .filter(a -> a.targetId().equals(String.valueOf(id)))).singleElement()
                .satisfies(a -> assertThat(a.actorId()).isEqualTo(c.publisher().id()));
        mvc.perform(post("/admin/school-districts/{id}/rules/{r}/delete", id, ruleId).with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().isConflict());
        assertThatThrownBy(() -> jdbc.sql("delete from zoning_rule where id = ?").param(ruleId).update())
                .hasMessageContaining("published");
        assertThatThrownBy(() -> jdbc.sql("insert into zoning_rule (zoning_id, school, street, street_key) values (?, 'x', 'a路', 'a路')")
                .param(id).update()).hasMessageContaining("published");
        assertThatThrownBy(() -> jdbc.sql("update zoning set status = 'DRAFT', published_at = null where id = ?").param(id).update())
                .hasMessageContaining("published");
        assertThatThrownBy(() -> jdbc.sql("insert into zoning_rule (zoning_id, school, street, street_key, compound, compound_key) "
                + "values (?, 'x', 'a路', 'a路', 'b', 'b')").param(otherZoning).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
