package org.gongkai.opendata;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The national resource-catalogue fields (ADR 0047): entered on the dataset form with field messages, audited, shown
 * on the back office and the public page with the "not verified" notice and the data items, in the JSON API and the
 * CSV/XLSX catalogue export; nothing of a draft or withdrawn dataset gets out; other organisations, CSRF, hostile text.
 */
@IntegrationTest
class DirectoryFieldsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageDatasets manage;
    @Autowired UploadResource upload;
    @Autowired OrganisationDirectory organisations;
    @Autowired JdbcClient jdbc;

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder b, String title) {
        return b.param("title", title).param("description", "全县中小学校名单。").param("theme", "EDUC")
                .param("keywords", "学校").param("publisher", "目录局").param("contactEmail", "data@example.gov.cn")
                .param("licence", "CC_BY_4_0").param("frequency", "ANNUAL").param("opennessClass", "RESULT");
    }

    @Test
    void catalogueFieldsGoFromTheFormToThePageTheApiAndTheExportOnlyWhenPublished() throws Exception {
        long org = fixtures.organisation("资源目录局");
        String slug = organisations.get(org).slug();
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        StaffUser stranger = fixtures.staff(fixtures.organisation("别的局"), Role.EDITOR);

        // the form offers the configured fields with the notice that they are not verified
        mvc.perform(get("/admin/opendata/new").with(fixtures.as(editor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"dir_shareType\"")))
                .andExpect(content().string(containsString("尚未与标准原文逐条核对")));
        // a wrong choice and an overlong code are refused together with the dataset's own errors
        mvc.perform(form(post("/admin/opendata"), "").param("dir_shareType", "SOMETIMES")
                        .param("dir_resourceCode", "x".repeat(65)).with(csrf()).with(fixtures.as(editor)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("id=\"dir_shareType-error\"")))
                .andExpect(content().string(containsString("id=\"dir_resourceCode-error\"")))
                .andExpect(content().string(containsString("请从列出的选项中选择")))
                .andExpect(content().string(containsString("value=\"" + "x".repeat(65) + "\"")));
        mvc.perform(form(post("/admin/opendata"), "学校名单").param("dir_shareType", "CONDITIONAL")
                .with(fixtures.as(editor))).andExpect(status().isForbidden());
        String location = mvc.perform(form(post("/admin/opendata"), "学校名单")
                        .param("dir_shareType", "CONDITIONAL").param("dir_resourceCode", "<script>alert(1)</script>")
                        .param("dir_shareCondition", "=1+1 仅限教育部门").param("dir_openToPublic", "YES")
                        .param("dir_providerCode", "  ")
                        .with(csrf()).with(fixtures.as(editor)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D*(\\d+).*", "$1"));
        assertThat(jdbc.sql("select field from od_directory_value where dataset_id = ? order by field").param(id)
                .query(String.class).list()).containsExactly("openToPublic", "resourceCode", "shareCondition", "shareType");
        assertThat(jdbc.sql("select after::text from audit_entry where action = 'opendata.dataset.create' and target_id = ?")
                .param(String.valueOf(id)).query(String.class).single()).contains("dir_shareType", "CONDITIONAL");

        // the back office shows them in words, escaped; the edit form keeps the choice
        mvc.perform(get("/admin/opendata/" + id).with(fixtures.as(editor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("有条件共享")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
        mvc.perform(get("/admin/opendata/" + id + "/edit").with(fixtures.as(editor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"CONDITIONAL\" selected")));

        // a draft: nothing public
        mvc.perform(get("/data/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/opendata/" + slug + "/directory")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        assertThat(mvc.perform(get("/o/" + slug + "/data/directory.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("学校名单");
        assertThat(jdbc.sql("select count(*) from od_public_directory_value where dataset_id = ?").param(id)
                .query(Long.class).single()).isZero();

        upload.addResource(editor, id, "名单", "学校代码",
                "s.csv", OpenDataTest.utf8("学校代码,学校名称,在校生数\n1001,一中,1200\n1002,二中,980\n"));
        manage.publish(publisher, id);

        // the public page: the fields in words, the notice, the data items of the table
        mvc.perform(get("/data/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("政务信息资源目录信息")))
                .andExpect(content().string(containsString("有条件共享")))
                .andExpect(content().string(containsString("尚未与标准原文逐条核对")))
                .andExpect(content().string(containsString("信息项：名单")))
                .andExpect(content().string(containsString("在校生数")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        // the JSON API: in the list, and the directory entries with their field definitions
        mvc.perform(get("/api/v1/public/opendata/" + slug + "/datasets"))
                .andExpect(jsonPath("$.items[0].directory.shareType").value("CONDITIONAL"));
        mvc.perform(get("/api/v1/public/opendata/" + slug + "/directory").param("size", "5"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.fields[?(@.code == 'shareType')].verified").value(false))
                .andExpect(jsonPath("$.items[0].fields.shareType.text").value("有条件共享"))
                .andExpect(jsonPath("$.items[0].dataItems[0].columns[2].name").value("在校生数"))
                .andExpect(jsonPath("$.items[0].dataItems[0].columns[2].type").value("integer"));
        mvc.perform(get("/api/v1/public/opendata/" + slug + "/directory").param("size", "101"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/opendata/" + slug + "/directory").param("theme", "NOPE"))
                .andExpect(status().isBadRequest());
        // the CSV: UTF-8 with BOM, the fields' labels as headers, choices in words, formula-like text defused
        byte[] csv = mvc.perform(get("/o/" + slug + "/data/directory.csv")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"数据集编号\",\"信息资源名称\"").contains("\"共享类型\"", "\"有条件共享\"",
                "\"'=1+1 仅限教育部门\"", "学校代码（整数）；学校名称（文本）；在校生数（整数）", "/data/" + id);
        // the XLSX: the same table, as text cells
        byte[] xlsx = mvc.perform(get("/o/" + slug + "/data/directory.xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> header = cells(sheet.getRow(0));
            List<String> row = cells(sheet.getRow(1));
            assertThat(header).contains("信息资源名称", "共享类型", "信息项");
            assertThat(row.get(header.indexOf("共享类型"))).isEqualTo("有条件共享");
            assertThat(row.get(header.indexOf("信息资源代码"))).isEqualTo("<script>alert(1)</script>");
            assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).contains("尚未");
        }
        mvc.perform(get("/o/" + slug + "/data")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/o/" + slug + "/data/directory.xlsx")));

        // another organisation's editor may not change them; a blank value clears one, audited
        mvc.perform(form(post("/admin/opendata/" + id), "学校名单").param("version", "2").param("dir_shareType", "NOT_SHARED")
                .with(csrf()).with(fixtures.as(stranger))).andExpect(status().isForbidden());
        int version = jdbc.sql("select version from od_dataset where id = ?").param(id).query(Integer.class).single();
        mvc.perform(form(post("/admin/opendata/" + id), "学校名单").param("version", String.valueOf(version))
                        .param("dir_shareType", "UNCONDITIONAL").param("dir_resourceCode", "")
                        .with(csrf()).with(fixtures.as(editor)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select field from od_directory_value where dataset_id = ? order by field").param(id)
                .query(String.class).list()).containsExactly("shareType");
        assertThat(jdbc.sql("select before::text || after::text from audit_entry where action = 'opendata.dataset.update' and target_id = ?")
                .param(String.valueOf(id)).query(String.class).single()).contains("CONDITIONAL", "UNCONDITIONAL", "dir_resourceCode");

        // withdrawn: gone from the API and the export
        manage.withdraw(publisher, id);
        mvc.perform(get("/api/v1/public/opendata/" + slug + "/directory")).andExpect(jsonPath("$.total").value(0));
        assertThat(mvc.perform(get("/o/" + slug + "/data/directory.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("学校名单");
        mvc.perform(get("/o/no-such-site/data/directory.csv")).andExpect(status().isNotFound());
    }

    @Test
    void theConfigurationIsCheckedAtStartAndTheShippedOneIsWellFormed() {
        List<DirectoryField> shipped = DirectoryFields.load(new ClassPathResource("opendata/directory-fields.json"));
        assertThat(shipped).extracting(DirectoryField::code).contains("resourceCode", "shareType", "openToPublic")
                .doesNotHaveDuplicates();
        assertThat(shipped).allSatisfy(f -> {
            assertThat(f.label()).containsKeys("zh", "en");
            assertThat(f.help()).containsKeys("zh", "en");
        });
        assertThatThrownBy(() -> DirectoryFields.load(json("""
                {"fields":[{"code":"a","kind":"TEXT","maxLength":5},{"code":"a","kind":"TEXT","maxLength":5}]}""")))
                .hasMessageContaining("repeated");
        assertThatThrownBy(() -> DirectoryFields.load(json("""
                {"fields":[{"code":"kind","kind":"CHOICE"}]}"""))).hasMessageContaining("choices");
        assertThatThrownBy(() -> DirectoryFields.load(json("""
                {"fields":[{"code":"Bad-Code","kind":"TEXT","maxLength":5}]}"""))).hasMessageContaining("code");
        assertThatThrownBy(() -> DirectoryFields.load(json("""
                {"fields":[{"code":"t","kind":"TEXT"}]}"""))).hasMessageContaining("maxLength");
        // a configuration without fields is allowed: the form and pages then show none
        assertThat(DirectoryFields.load(json("{\"fields\":[]}"))).isEmpty();
    }

    private static ByteArrayResource json(String s) {
        return new ByteArrayResource(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

}
