package org.gongkai.portal;

import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The guide (信息公开指南) tells the public how to apply, the time limits, the fees and the remedies as the platform
 * enforces them, so it is never out of date with the clock or the fee notice.
 */
@IntegrationTest
class GuidePageTest {

    @Autowired MockMvc mvc;
    @Autowired PortalFixture fx;

    @Test
    void theGuideStatesHowToApplyTheLimitsFeesAndRemedies() throws Exception {
        PortalFixture.Site site = fx.site("指南县教育局");
        fx.jdbc.sql("update organisation set office_name = ?, office_address = ?, office_hours = ? where id = ?")
                .params("指南县教育局办公室", "指南县人民路 1 号", "工作日 9:00–17:00", site.org().id()).update();

        String text = Jsoup.parse(mvc.perform(get("/o/" + site.slug() + "/guide")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).text();

        assertThat(text).contains("在本网站在线提交申请", "邮寄至 指南县人民路 1 号", "到 指南县人民路 1 号 提交书面申请",
                "自收到申请之日起 20 个工作日内予以答复", "最长不超过 20 个工作日", "7 个工作日内一次性告知补正",
                "15 个工作日内提出意见", "累计申请 10 件以内（含）不收费", "超出部分每件 100 元起",
                "30 页（件）以内（含）不收费", "每页（件）10 元起", "20 个工作日内缴纳", "六十日内依法申请行政复议",
                "六个月内依法向人民法院提起行政诉讼", "投诉、举报", "工作日 9:00–17:00");
    }
}
