package org.gongkai.opendata;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quality score with its criteria on the dataset page, freshness against the declared frequency, and the
 * statistics per organisation (published datasets only, downloads counted, the year's data requests).
 */
@IntegrationTest
class QualityAndStatisticsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageDatasets manage;
    @Autowired UploadResource upload;
    @Autowired ReceiveDataRequest receive;
    @Autowired AnswerDataRequest answer;
    @Autowired OpenDataStatistics statistics;
    @Autowired OrganisationDirectory organisations;

    @Test
    void freshnessIsMeasuredAgainstTheDeclaredFrequency() {
        Instant now = Instant.parse("2026-12-03T00:00:00Z");
        assertThat(QualityScore.fresh(UpdateFrequency.MONTHLY, now.minus(Duration.ofDays(20)), now)).isTrue();
        assertThat(QualityScore.fresh(UpdateFrequency.MONTHLY, now.minus(Duration.ofDays(40)), now)).isFalse();
        assertThat(QualityScore.fresh(UpdateFrequency.ANNUAL, now.minus(Duration.ofDays(300)), now)).isTrue();
        assertThat(QualityScore.fresh(UpdateFrequency.ANNUAL, now.minus(Duration.ofDays(400)), now)).isFalse();
        assertThat(QualityScore.fresh(UpdateFrequency.IRREGULAR, null, now)).isTrue();
        assertThat(QualityScore.fresh(UpdateFrequency.DAILY, null, now)).isFalse();
    }

    @Test
    void theDatasetPageShowsItsScoreAndEveryCriterionAndTheStatisticsCountOnlyWhatIsPublished() throws Exception {
        long org = fixtures.organisation("开放数据统计局");
        String slug = organisations.get(org).slug();
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);

        long clean = manage.create(editor, OpenDataTest.form("规范的表"));
        UploadResource.Uploaded c = upload.addResource(editor, clean, "表", null, "a.csv", OpenDataTest.utf8(OpenDataTest.V1));
        manage.publish(publisher, clean);
        long untidy = manage.create(editor, OpenDataTest.form("有空行的表"));
        upload.addResource(editor, untidy, "表", null, "b.csv",
                "名称,数量\n甲,1\n,\n乙,2\n".getBytes(StandardCharsets.UTF_8));
        manage.publish(publisher, untidy);
        long draft = manage.create(editor, OpenDataTest.form("未发布的表"));
        upload.addResource(editor, draft, "表", null, "c.csv", OpenDataTest.utf8(OpenDataTest.V1));

        mvc.perform(get("/data/" + clean)).andExpect(status().isOk())
                .andExpect(content().string(containsString("质量评分：100 / 100")))
                .andExpect(content().string(containsString("机器可读")))
                .andExpect(content().string(containsString("按时更新")))
                .andExpect(content().string(containsString("/o/" + slug + "/data/statistics")));
        mvc.perform(get("/data/" + untidy)).andExpect(status().isOk())
                .andExpect(content().string(containsString("质量评分：75 / 100")))
                .andExpect(content().string(containsString("未满足")));

        mvc.perform(get("/data/" + clean + "/resources/" + c.resourceId() + "/v/1")).andExpect(status().isOk());
        mvc.perform(get("/data/" + clean + "/resources/" + c.resourceId() + "/v/1")).andExpect(status().isOk());

        int year = LocalDate.now(Zones.CHINA).getYear();
        // received 5 January 2026, due 3 February 2026: overdue from then on, counted in 2026
        long late = receive.receive(org, new DataRequestDraft("旧申请", "说明", null, "甲", "13800000000", null),
                LocalDate.of(2026, 1, 5).atTime(10, 0).atZone(Zones.CHINA).toInstant()).id();
        long onTime = receive.receive(org, new DataRequestDraft("新申请", "说明", null, "乙", "13800000001", null)).id();
        answer.answer(officer, onTime, new AnswerDataRequest.Reply("OTHER", null, "已电话说明。", "0"));

        OpenDataStatistics.Row row = statistics.of(org, year);
        assertThat(row.datasets()).isEqualTo(2);
        assertThat(row.machineReadable()).isEqualTo(2);
        assertThat(row.fresh()).isEqualTo(2);
        assertThat(row.averageScore()).isEqualTo(88);
        assertThat(row.downloads()).isEqualTo(2);
        assertThat(row.downloadsLast30Days()).isEqualTo(2);
        assertThat(row.requestsReceived()).isEqualTo(year == 2026 ? 2 : 1);
        assertThat(row.requestsAnswered()).isEqualTo(1);
        assertThat(row.requestsAnsweredOnTime()).isEqualTo(1);
        assertThat(statistics.of(org, 2026).requestsOverdue()).as("request %d", late).isEqualTo(1);

        mvc.perform(get("/o/" + slug + "/data/statistics")).andExpect(status().isOk())
                .andExpect(content().string(containsString("开放数据统计局")))
                .andExpect(content().string(containsString("质量评分标准")))
                .andExpect(content().string(containsString("每个表格的最新版本没有空行")))
                .andExpect(content().string(not(containsString("未发布的表"))));
        mvc.perform(get("/o/" + slug + "/data/statistics?year=1900")).andExpect(status().isBadRequest());
        mvc.perform(get("/o/no-such-site-xyz/data/statistics")).andExpect(status().isNotFound());
    }
}
