package org.gongkai.report;

import org.gongkai.demo.DemoCatalog;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Browser;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report in a real browser, keyboard and forms only: an editor writes it beside the figures, saves and
 * generates it; once reviewed and published, the portal shows the template's tables. Every page on the way, the
 * higher level's roll-up and the site self-inspection have no serious or critical axe-core violations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ActiveProfiles("test")
class AnnualReportBrowserIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired DemoCatalog catalogs;
    @Autowired AnnualReportStore store;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;

    @Test
    void anEditorWritesAndGeneratesTheReportAndThePortalShowsItsTables() throws Exception {
        long city = fixtures.organisation("浏览器市教育局", null, OrganisationKind.CITY);
        long county = fixtures.organisation("浏览器年报县教育局", city);
        catalogs.seed(county);
        StaffUser editor = fixtures.staff(county, Role.EDITOR);
        StaffUser cityOfficer = fixtures.staff(city, Role.DISCLOSURE_OFFICER);
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(port)) {
            var driver = browser.driver();
            browser.signIn(editor.username(), Fixtures.PASSWORD);
            problems.addAll(browser.axe("/admin (reminder)"));
            assertThat(driver.getPageSource()).contains("2025年年度报告");

            browser.open("/admin/report/2025");
            problems.addAll(browser.axe("/admin/report/2025"));
            driver.findElement(By.id("overview")).sendKeys("本年度总体情况。");
            driver.findElement(By.id("licences")).clear();
            driver.findElement(By.id("licences")).sendKeys("4");
            driver.findElement(By.id("problems")).sendKeys("存在的问题和改进。");
            driver.findElement(By.id("otherMatters")).sendKeys("无。");
            driver.findElement(By.cssSelector("form[aria-labelledby=write-h] button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector("main p.notice.ok"))
                    .stream().anyMatch(e -> e.getText().equals("已保存。")));
            driver.findElement(By.cssSelector("section[aria-labelledby=generate-h] button[type=submit]")).click();
            // the click returns before the next page has loaded: wait for it rather than read the old one
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getPageSource().contains("报告稿已生成"));
            problems.addAll(browser.axe("/admin/report/2025 (generated)"));
            browser.open("/admin/report");
            problems.addAll(browser.axe("/admin/report"));
            browser.open("/admin/inspection");
            problems.addAll(browser.axe("/admin/inspection"));

            long documentId = store.find(county, 2025).orElseThrow().documentId();
            submit.submit(editor, documentId);
            review.approve(fixtures.staff(county, Role.REVIEWER), documentId, null);
            publish.publishNow(fixtures.staff(county, Role.PUBLISHER), documentId);
            browser.open("/documents/" + documentId);
            assertThat(driver.findElements(By.cssSelector("main table th[rowspan]"))).isNotEmpty();
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("第二十条第（五）项", "本年度总体情况。");
            problems.addAll(browser.axe("/documents/" + documentId + " (annual report)"));

            driver.manage().deleteAllCookies();
            browser.signIn(cityOfficer.username(), Fixtures.PASSWORD);
            browser.open("/admin/report/rollup?year=2025");
            assertThat(driver.getPageSource()).contains("已发布 1 家，共 1 家");
            problems.addAll(browser.axe("/admin/report/rollup"));
            browser.open("/admin/inspection/subordinates");
            problems.addAll(browser.axe("/admin/inspection/subordinates"));
        }
        assertThat(problems).isEmpty();
    }
}
