package org.gongkai.portal;

import org.gongkai.catalog.CatalogNode;
import org.gongkai.support.Browser;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public site in a real browser: Debian's chromium and chromedriver, headless. Runs only in the Maven profile
 * {@code browser} (failsafe, *BrowserIT); a missing browser, driver or axe-core fails the run instead of skipping it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserIT {

    @LocalServerPort int port;
    @Autowired PortalFixture fx;

    Browser browser;
    WebDriver driver;
    Path downloads;

    PortalFixture.Site site;
    CatalogNode column;
    long documentId;
    long removedId;

    @BeforeAll
    void startBrowserAndPublish() throws Exception {
        downloads = Files.createTempDirectory("gongkai-downloads-");
        browser = new Browser(port, downloads);
        driver = browser.driver();

        site = fx.site("浏览器县教育局");
        fx.jdbc.sql("update organisation set office_name = ?, office_phone = ?, address = ?, phone = ?, icp_number = ? where id = ?")
                .params("浏览器县教育局办公室", "0571-00000000", "浏览器县人民路1号", "0571-11111111", "浙ICP备00000000号", site.org().id())
                .update();
        column = fx.node(site, "通知公告");
        documentId = fx.create.create(site.editor(), site.org().id(), PortalFixture.content(column.id(),
                "关于浏览器测试的通知", "浏览器 测试", LocalDate.of(2026, 7, 1)));
        fx.attachPdf(site, documentId, "报名表.pdf", "browser attachment");
        fx.submitApprovePublish(site, documentId);
        fx.published(site, PortalFixture.content(column.id(), "浏览器测试的相关通知", "浏览器", LocalDate.of(2026, 7, 2)));
        removedId = fx.published(site, PortalFixture.content(column.id(), "将删除的通知", "删除", LocalDate.of(2026, 7, 3)));
        fx.withdraw(site, removedId);
        fx.remove(site, removedId);
    }

    @AfterAll
    void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void homeToCatalogToDocumentToAttachmentDownload() throws Exception {
        driver.get(url("/o/" + site.slug()));
        assertThat(driver.getTitle()).contains(site.org().name());
        driver.findElement(By.linkText("信息公开目录")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("主动公开目录".substring(2));
        driver.findElement(By.linkText("通知公告")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("通知公告");
        driver.findElement(By.linkText("关于浏览器测试的通知")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/documents/" + documentId);
        assertThat(driver.findElement(By.cssSelector("table.meta")).getText()).contains("索引号", "发布机构", "有效性");
        assertThat(driver.findElement(By.cssSelector(".breadcrumbs")).getText()).contains("通知公告");

        WebElement file = driver.findElement(By.linkText("报名表.pdf"));
        file.click();
        Path downloaded = downloads.resolve("报名表.pdf");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.exists(downloaded) && sizeOf(downloaded) > 0);
        // the public copy is the sanitised PDF (re-saved by PDFBox, streams compressed): read it as a PDF reader does
        byte[] pdf = Files.readAllBytes(downloaded);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("browser attachment");
        }
    }

    @Test
    void largeTextModeWorksWithoutJavaScript() {
        driver.get(url("/o/" + site.slug()));
        double normal = fontSize();
        driver.findElement(By.linkText("大字版")).click();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("class")).contains("large");
        assertThat(driver.getCurrentUrl()).endsWith("/o/" + site.slug());
        assertThat(fontSize()).isGreaterThan(normal * 1.2);
        driver.get(url("/documents/" + documentId));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("class")).contains("large");
        driver.findElement(By.linkText("大字版")).click();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("class")).doesNotContain("large");
    }

    @Test
    void everyPublicPageTypeHasNoSeriousOrCriticalAccessibilityViolations() {
        String s = "/o/" + site.slug();
        List<String> pages = List.of("/", s, s + "/catalog", s + "/catalog/" + column.id(), "/documents/" + documentId,
                s + "/guide", s + "/rules", "/documents/" + removedId, "/documents/999999999", s + "?lang=en",
                "/documents/" + documentId + "?lang=en", s + "?lang=zh-CN", s + "/site-map",
                "/transparency?site=" + site.slug(), "/mirror-check?site=" + site.slug(),
                "/calendar?site=" + site.slug(), "/messages?org=" + site.slug(),
                "/messages/published?org=" + site.slug(), "/messages/statistics?org=" + site.slug(), s + "/data",
                s + "/interpretations", s + "/consultations", s + "/inspections", s + "/budgets", s + "/new-media",
                s + "/data/statistics", s + "/data/request", s + "/tasks", "/surveys?org=" + site.slug(), "/surveys");
        List<String> problems = new ArrayList<>();
        for (String p : pages) {
            driver.get(url(p));
            problems.addAll(axe(p));
        }
        driver.manage().deleteAllCookies();
        driver.get(url("/display?large=on&back=" + s));
        problems.addAll(axe(s + " (large text)"));
        driver.manage().deleteAllCookies();
        assertThat(problems).isEmpty();
    }

    @Test
    void searchWithAFilterWhenTheSearchPageExists() throws Exception {
        HttpResponse<String> probe = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/search"))).build(),
                HttpResponse.BodyHandlers.ofString());
        Assumptions.assumeTrue(probe.statusCode() != 404, "no /search page yet");
        driver.get(url("/search"));
        WebElement q = driver.findElement(By.name("q"));
        q.sendKeys("关于浏览器测试的通知");
        q.submit();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("关于浏览器测试的通知"));
        List<WebElement> selects = driver.findElements(By.cssSelector("form select"));
        for (WebElement el : selects) {
            Select select = new Select(el);
            var match = select.getOptions().stream().filter(o -> o.getText().contains(site.org().name())).findFirst();
            if (match.isPresent()) {
                select.selectByVisibleText(match.get().getText());
                el.submit();
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("关于浏览器测试的通知"));
                return;
            }
        }
    }

    /** The innermost elements that reach past the right edge, to say what to mend. */
    private static final String WIDEST = """
            const w = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w + 1
                          && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1))
                .slice(0, 3).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ');""";

    /** WCAG 1.4.10: every public page reads at 320 CSS px without scrolling sideways. */
    @Test
    void everyPublicPageFitsA320PixelScreen() {
        String s = "/o/" + site.slug();
        String q = "site=" + site.slug();
        List<String> pages = List.of("/", s, s + "/catalog", s + "/catalog/" + column.id(), "/documents/" + documentId,
                s + "/guide", s + "/site-map", s + "/search?q=%E9%80%9A%E7%9F%A5", "/search?q=%E9%80%9A%E7%9F%A5",
                "/apply?org=" + site.slug(), "/apply/status?" + q, "/my?" + q, "/transparency?" + q,
                "/mirror-check?" + q, "/calendar?" + q, "/negative-list?org=" + site.slug(), "/site-map",
                "/messages?org=" + site.slug(), "/messages/published?org=" + site.slug(),
                "/messages/statistics?org=" + site.slug(), s + "/data", s + "/interpretations", s + "/consultations",
                s + "/inspections", s + "/budgets", s + "/new-media", s + "/data/statistics", s + "/data/request",
                s + "/tasks", "/surveys?org=" + site.slug(), "/surveys");
        Dimension before = driver.manage().window().getSize();
        List<String> tooWide = new ArrayList<>();
        try {
            driver.manage().window().setSize(new Dimension(320, 900));
            for (String p : pages) {
                driver.get(url(p));
                Object[] widths = ((List<?>) ((JavascriptExecutor) driver).executeScript(
                        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")).toArray();
                long scroll = ((Number) widths[0]).longValue();
                long client = ((Number) widths[1]).longValue();
                if (scroll > client) {
                    tooWide.add(p + ": " + scroll + " px wide in " + client + " px, at " + ((JavascriptExecutor) driver)
                            .executeScript(WIDEST));
                }
            }
        } finally {
            driver.manage().window().setSize(before);
        }
        assertThat(tooWide).isEmpty();
    }

    @Test
    void aVisitorFollowingTheFooterToAToolKeepsTheCountysFrame() {
        driver.get(url("/o/" + site.slug()));
        driver.findElement(By.linkText("透明日志")).click();
        assertThat(driver.findElement(By.cssSelector(".topbar .brand")).getText()).isEqualTo(site.org().name());
        driver.findElement(By.linkText("网站地图")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(site.org().name(), "网站地图");
        driver.findElement(By.linkText("申请进度查询")).click();
        assertThat(driver.findElement(By.cssSelector(".topbar .brand")).getText()).isEqualTo(site.org().name());
        assertThat(browser.axe("/apply/status (county frame)")).isEmpty();
    }

    List<String> axe(String page) {
        return browser.axe(page);
    }

    double fontSize() {
        Object px = ((JavascriptExecutor) driver).executeScript(
                "return parseFloat(getComputedStyle(document.querySelector('main p, main li, main h1')).fontSize)");
        return ((Number) px).doubleValue();
    }

    static long sizeOf(Path p) {
        File f = p.toFile();
        return f.length();
    }
}
