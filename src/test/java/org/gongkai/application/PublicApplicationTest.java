package org.gongkai.application;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.application.ApplicationSamples.from;
import static org.gongkai.application.ApplicationSamples.person;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PublicApplicationTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired JdbcClient jdbc;

    record Submitted(String trackingNumber, String code) {
    }

    String slug(long org) {
        return organisations.get(org).slug();
    }

    Submitted submit(String slug, String name, String description, String ip) throws Exception {
        MvcResult r = mvc.perform(person(multipart("/apply"), name, ApplicationSamples.residentId(), description)
                        .param("org", slug).with(csrf()).with(from(ip)))
                .andExpect(status().isOk()).andReturn();
        String html = r.getResponse().getContentAsString();
        return new Submitted(find(html, "id=\"tracking-number\">([^<]+)<"), find(html, "id=\"query-code\">([^<]+)<"));
    }

    static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("pattern %s", regex).isTrue();
        return m.group(1);
    }

    long count() {
        return jdbc.sql("select count(*) from disclosure_application").query(Long.class).single();
    }

    @Test
    void theFormIsLabelledAndBilingual() throws Exception {
        long org = fixtures.organisation("申请机关");
        mvc.perform(get("/apply").param("org", slug(org))).andExpect(status().isOk())
                .andExpect(content().string(containsString("政府信息公开申请")))
                .andExpect(content().string(containsString("<label for=\"description\"")))
                .andExpect(content().string(containsString("name=\"website\"")));
        mvc.perform(get("/apply").param("org", slug(org)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Application for government information")));
        mvc.perform(get("/apply").param("org", "no-such-org")).andExpect(status().isNotFound());
    }

    @Test
    void submittingGivesATrackingNumberAndACodeThatShowTheStatus() throws Exception {
        long org = fixtures.organisation("申请机关");
        Submitted s = submit(slug(org), "张三", "2024年本校招生计划", ApplicationSamples.address());
        assertThat(s.trackingNumber()).matches("GK-[0-9A-Z]{9}-[0-9]{8}-[0-9A-Z]{6}");
        String hash = jdbc.sql("select query_code_hash from disclosure_application where tracking_number = ?")
                .param(s.trackingNumber()).query(String.class).single();
        assertThat(hash).doesNotContain(s.code()).matches("hmac-sha256:[0-9a-f]{64}");
        mvc.perform(post("/apply/status").param("trackingNumber", s.trackingNumber()).param("queryCode", s.code())
                        .with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("办理中")))
                .andExpect(content().string(containsString("网上申请已受理")));
        // lower case and without dashes is the same code
        mvc.perform(post("/apply/status").param("trackingNumber", s.trackingNumber().toLowerCase())
                        .param("queryCode", s.code().replace("-", "").toLowerCase())
                        .with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isOk());
    }

    @Test
    void anApplicantNeverSeesAnotherApplication() throws Exception {
        long org = fixtures.organisation("申请机关");
        Submitted a = submit(slug(org), "甲某", "甲的申请内容：食堂采购合同", ApplicationSamples.address());
        Submitted b = submit(slug(org), "乙某", "乙的申请内容：校车运营", ApplicationSamples.address());
        String wrongCode = mvc.perform(post("/apply/status").param("trackingNumber", a.trackingNumber())
                        .param("queryCode", b.code()).with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("甲的申请内容"))))
                .andExpect(content().string(not(containsString("乙的申请内容"))))
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(post("/apply/status").param("trackingNumber", "GK-T00000000-20240101-ZZZZZZ")
                        .param("queryCode", b.code()).with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(strip(wrongCode, a.trackingNumber())).isEqualTo(strip(unknown, "GK-T00000000-20240101-ZZZZZZ"));
        // the correction route answers the same way
        mvc.perform(post("/apply/status/correction").param("trackingNumber", a.trackingNumber())
                        .param("queryCode", b.code()).param("correctionText", "x").with(csrf())
                        .with(from(ApplicationSamples.address())))
                .andExpect(status().isNotFound());
        // the office pages need a signed-in member of staff
        mvc.perform(get("/admin/applications")).andExpect(status().is3xxRedirection());
    }

    private static String strip(String html, String tracking) {
        return html.replace(tracking, "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    @Autowired RequestCorrection correction;
    @Autowired ReplyToApplication reply;
    @Autowired ApplicationStore store;

    @Test
    void theApplicantCorrectsThroughTheStatusPageAndReadsTheReply() throws Exception {
        long org = fixtures.organisation("申请机关");
        var officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        Submitted s = submit(slug(org), "赵六", "那份文件", ApplicationSamples.address());
        long id = store.findByTrackingNumber(s.trackingNumber()).orElseThrow().id();
        correction.request(officer, id, "请写明文件名称和年份", null);
        mvc.perform(post("/apply/status").param("trackingNumber", s.trackingNumber()).param("queryCode", s.code())
                        .with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请写明文件名称和年份")))
                .andExpect(content().string(containsString("correctionText")));
        mvc.perform(post("/apply/status/correction").param("trackingNumber", s.trackingNumber()).param("queryCode", s.code())
                        .param("correctionText", "2023年学校章程").with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("补正已收到")));
        assertThat(store.get(id).status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
        reply.reply(officer, id, ReplyOutcome.DISCLOSED, "见附件。");
        mvc.perform(post("/apply/status").param("trackingNumber", s.trackingNumber()).param("queryCode", s.code())
                        .with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("政府信息公开申请答复告知书")))
                .andExpect(content().string(containsString("六十日内")));
    }

    @Test
    void invalidInputIsAnsweredWith400AndKept() throws Exception {
        long org = fixtures.organisation("申请机关");
        long before = count();
        mvc.perform(multipart("/apply").param("org", slug(org)).param("applicantType", "NATURAL_PERSON")
                        .param("name", "王五").param("idType", "RESIDENT_ID").param("idNumber", "110105198001010000")
                        .param("description", "").param("delivery", "EMAIL").with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("居民身份证号码格式或校验位不正确")))
                .andExpect(content().string(containsString("选择电子邮件方式时请填写电子邮箱")))
                .andExpect(content().string(containsString("value=\"王五\"")));
        mvc.perform(multipart("/apply").param("org", slug(org)).param("applicantType", "COMMERCIAL").param("name", "某公司")
                        .param("creditCode", "BAD").param("phone", "010-1234567").param("description", "x")
                        .param("delivery", "PAPER").with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("统一社会信用代码")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anOrganisationApplies() throws Exception {
        long org = fixtures.organisation("申请机关");
        mvc.perform(multipart("/apply").param("org", slug(org)).param("applicantType", "LEGAL_SERVICE").param("name", "某律师事务所")
                        .param("creditCode", "31110000MD0123456K").param("legalRepresentative", "李律师").param("contactPerson", "赵助理")
                        .param("address", "北京市东城区某路1号").param("postcode", "100010").param("description", "行政处罚决定书")
                        .param("delivery", "POST").with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("query-code")))
                .andExpect(content().string(containsString("data-print")))
                .andExpect(content().string(matchesPattern("(?s).*/js/print-button-[0-9a-f]{32}\\.js.*")));
    }

    @Test
    void theHoneypotStoresNothing() throws Exception {
        long org = fixtures.organisation("申请机关");
        long before = count();
        mvc.perform(person(multipart("/apply"), "机器人", ApplicationSamples.residentId(), "spam").param("org", slug(org))
                        .param("website", "http://spam.example").with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("提交未被接受")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void submissionsAndLookupsAreRateLimitedPerAddress() throws Exception {
        long org = fixtures.organisation("申请机关");
        String ip = ApplicationSamples.address();
        for (int i = 0; i < 5; i++) {
            submit(slug(org), "限流" + i, "内容" + i, ip);
        }
        long before = count();
        mvc.perform(person(multipart("/apply"), "限流X", ApplicationSamples.residentId(), "内容X").param("org", slug(org))
                        .with(csrf()).with(from(ip)))
                .andExpect(status().isTooManyRequests());
        assertThat(count()).isEqualTo(before);
        // another address is not affected
        submit(slug(org), "别处", "内容", ApplicationSamples.address());

        String lookupIp = ApplicationSamples.address();
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/apply/status").param("trackingNumber", "GK-X").param("queryCode", "guess" + i)
                    .with(csrf()).with(from(lookupIp))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/apply/status").param("trackingNumber", "GK-X").param("queryCode", "guess")
                        .with(csrf()).with(from(lookupIp)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("查询过于频繁")));
    }

    @Test
    void attachmentsAreSniffedAndNeverPublic() throws Exception {
        long org = fixtures.organisation("申请机关");
        MockMultipartFile fake = new MockMultipartFile("files", "id.pdf", "application/pdf", "not a pdf".getBytes());
        mvc.perform(person(multipart("/apply").file(fake), "附件", ApplicationSamples.residentId(), "内容")
                        .param("org", slug(org)).with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("PDF、JPEG 或 PNG")));
        MockMultipartFile png = new MockMultipartFile("files", "身份证.png", "image/png", PNG);
        MvcResult r = mvc.perform(person(multipart("/apply").file(png), "附件", ApplicationSamples.residentId(), "内容")
                        .param("org", slug(org)).with(csrf()).with(from(ApplicationSamples.address())))
                .andExpect(status().isOk()).andReturn();
        String tracking = find(r.getResponse().getContentAsString(), "id=\"tracking-number\">([^<]+)<");
        var row = jdbc.sql("""
                        select f.id, f.application_id, f.stored_name, f.media_type from application_file f
                          join disclosure_application a on a.id = f.application_id where a.tracking_number = ?""")
                .param(tracking).query((rs, i) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)})
                .single();
        assertThat(row[3]).isEqualTo("image/png");
        // no public route serves it, not even by its stored name
        mvc.perform(get("/application-files/" + row[2])).andExpect(status().isNotFound());
        mvc.perform(get("/admin/applications/" + row[1] + "/files/" + row[0])).andExpect(status().is3xxRedirection());
    }
}
