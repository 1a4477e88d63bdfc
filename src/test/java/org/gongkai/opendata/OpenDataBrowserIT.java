package org.gongkai.opendata;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Browser;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open data in a real browser: the public catalog, a dataset (preview, chart, catalogue fields), a series, the data
 * request form (filled and sent with the keyboard only) and the statistics; then the staff's dataset list, form,
 * detail, series and request pages. Every page has no serious or critical axe-core violations; the public pages do
 * not scroll sideways at 320 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ActiveProfiles("test")
class OpenDataBrowserIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ManageDatasets manage;
    @Autowired UploadResource upload;
    @Autowired ManageSeries series;
    @Autowired OrganisationDirectory organisations;
    @Autowired JdbcClient jdbc;

    @Test
    void publicAndStaffPagesOfOpenDataAreAccessibleNarrowAndWorkWithTheKeyboard() throws Exception {
        long org = fixtures.organisation("浏览器开放数据县教育局");
        String slug = organisations.get(org).slug();
        StaffUser staff = fixtures.staff(org, Role.EDITOR, Role.PUBLISHER, Role.DISCLOSURE_OFFICER);
        long dataset = manage.create(staff, SeriesTest.yearly("2026 年教育经费预算", 2026), null,
                Map.of("shareType", "CONDITIONAL", "resourceCode", "QX-EDU-0001"));
        upload.addResource(staff, dataset, "预算表", null, "b.csv",
                OpenDataTest.utf8("科目,金额（万元）\n人员经费,1200\n公用经费,480\n项目经费,960\n"));
        manage.publish(staff, dataset);
        long seriesId = series.create(staff, new SeriesForm("教育经费预算", "历年教育经费预算。", "ANNUAL", null));
        series.attach(staff, seriesId, dataset);
        series.publish(staff, seriesId);

        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(port)) {
            WebDriver driver = browser.driver();
            List<String> publicPages = List.of("/o/" + slug + "/data", "/data/" + dataset, "/data/series/" + seriesId,
                    "/o/" + slug + "/data/request", "/o/" + slug + "/data/statistics", "/data/requests/track?site=" + slug);
            for (String p : publicPages) {
                browser.open(p);
                problems.addAll(browser.axe(p));
            }
            browser.open("/data/" + dataset);
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("有条件共享", "信息项：预算表");
            assertThat(driver.findElements(By.cssSelector("main svg[role=img]"))).isNotEmpty();
            // the preview's chart keeps its own text size (svg.od-chart text), which no longer reaches the budgets' charts
            assertThat(((List<?>) ((JavascriptExecutor) driver).executeScript(
                    "return [...document.querySelectorAll('svg.od-chart text')].map(t => getComputedStyle(t).fontSize);"))
                    .stream().map(String::valueOf).toList())
                    .isNotEmpty().containsOnly("18px");

            // the request form with the keyboard only: Tab reaches every field and the button, Enter sends it
            browser.open("/o/" + slug + "/data/request");
            List<String> reached = new ArrayList<>();
            driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            for (int i = 0; i < 200 && !formButton(driver); i++) {
                WebElement e = active(driver);
                switch (String.valueOf(e.getAttribute("id"))) {
                    case "title" -> e.sendKeys("全县校车线路数据");
                    case "description" -> e.sendKeys("各校校车线路和站点。");
                    case "purpose" -> e.sendKeys("研究");
                    case "name" -> e.sendKeys("张三");
                    case "email" -> e.sendKeys("zhang@example.com");
                    default -> { }
                }
                reached.add(e.getAttribute("id"));
                e.sendKeys(Keys.TAB);
            }
            assertThat(reached).contains("title", "description", "purpose", "name", "email");
            assertThat(formButton(driver)).isTrue();
            active(driver).sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getPageSource().contains("SJ-"));
            problems.addAll(browser.axe("/o/" + slug + "/data/request (receipt)"));

            // no sideways scroll at 320 px
            Dimension before = driver.manage().window().getSize();
            List<String> tooWide = new ArrayList<>();
            try {
                driver.manage().window().setSize(new Dimension(320, 900));
                for (String p : publicPages) {
                    browser.open(p);
                    List<?> w = (List<?>) ((JavascriptExecutor) driver).executeScript(
                            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
                    if (((Number) w.get(0)).longValue() > ((Number) w.get(1)).longValue()) {
                        tooWide.add(p + ": " + w + " at " + ((JavascriptExecutor) driver).executeScript(WIDEST));
                    }
                }
            } finally {
                driver.manage().window().setSize(before);
            }
            assertThat(tooWide).isEmpty();

            // the staff's pages
            long request = jdbc.sql("select id from od_request where organisation_id = ?").param(org)
                    .query(Long.class).single();
            browser.signIn(staff.username(), Fixtures.PASSWORD);
            for (String p : List.of("/admin/opendata", "/admin/opendata/new", "/admin/opendata/" + dataset,
                    "/admin/opendata/" + dataset + "/edit", "/admin/opendata/series",
                    "/admin/opendata/series/" + seriesId, "/admin/opendata/series/new", "/admin/opendata/requests",
                    "/admin/opendata/requests/" + request, "/admin/opendata/new?request=" + request)) {
                browser.open(p);
                problems.addAll(browser.axe(p));
            }
            // a refused form: the summary links to the field, which says what is wrong
            browser.open("/admin/opendata/new");
            driver.findElement(By.id("dir_resourceCode")).sendKeys("x");
            driver.findElement(By.cssSelector("main form.form button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("title-error")).isEmpty());
            problems.addAll(browser.axe("/admin/opendata (refused)"));
        }
        assertThat(problems).isEmpty();
    }

    private static final String WIDEST = """
            const w = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w + 1
                          && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1))
                .slice(0, 3).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + (e.textContent || '').slice(0, 40)).join(', ');""";

    /** Whether the focus is on the button that sends the form in the page's main part (not the site search's). */
    private static boolean formButton(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const e = document.activeElement; return e != null && e.type === 'submit' && e.closest('main form') != null;"));
    }

    private static WebElement active(WebDriver driver) {
        return driver.switchTo().activeElement();
    }
}
