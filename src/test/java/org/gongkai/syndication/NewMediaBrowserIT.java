package org.gongkai.syndication;

import org.gongkai.identity.OrganisationKind;
import org.gongkai.support.Browser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.PublishingSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 政务新媒体 account page with its posting log and forms, the register, the re-post board with its limits per
 * kind, and the public list in a real browser: axe serious/critical clean, no sideways scroll at 320 px, and the
 * account page's forms reachable with the keyboard alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewMediaBrowserIT {

    @LocalServerPort int port;
    @Autowired SyndicationFixture fx;
    @Autowired NewMediaRegister register;
    @Autowired RepostBoard board;

    Browser browser;
    WebDriver driver;
    PublishingSites.Site county;
    long account;

    @BeforeAll
    void setUp() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        county = fx.site("新媒体浏览器县教育局" + run, null, OrganisationKind.COUNTY);
        account = register.register(county.officer(), new NewMediaInput("WECHAT", "浏览器教育" + run, "llq" + run,
                county.org().name(), "FILED", "办公室", "https://mp.weixin.qq.com/", null, "DISABLED"));
        var today = register.today();
        register.importPosts(county.officer(), account, today.minusDays(20) + ", 关于寒假安全的提醒一则，标题较长以便检查窄屏换行情况\n"
                + today.minusDays(18) + "\t课后服务通知\thttps://mp.weixin.qq.com/s/very-long-link-to-check-wrapping-0123456789");
        board.setKindLimit(county.officer(), "NORMATIVE", "3");
        browser = new Browser(port);
        driver = browser.driver();
        browser.signIn(county.officer().username(), Fixtures.PASSWORD);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void thePagesAreAccessibleAndFitANarrowScreen() {
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/admin/new-media", "/admin/new-media/" + account, "/admin/syndication/board",
                "/o/" + county.org().slug() + "/new-media")) {
            driver.manage().window().setSize(new Dimension(1200, 900));
            browser.open(path);
            problems.addAll(browser.axe(path));
            driver.manage().window().setSize(new Dimension(320, 900));
            Object[] widths = ((List<?>) ((JavascriptExecutor) driver).executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")).toArray();
            if (((Number) widths[0]).longValue() > ((Number) widths[1]).longValue()) {
                problems.add(path + ": scrolls sideways at 320 px (" + widths[0] + " > " + widths[1] + ")");
            }
            driver.manage().window().setSize(new Dimension(390, 900));
            screenshot(path);
        }
        assertThat(problems).isEmpty();
    }

    private void screenshot(String path) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of("/tmp",
                    "syndication4" + path.replaceAll("[^a-z0-9]+", "-") + ".png");
            java.nio.file.Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theAccountsFormsAreReachedWithTheKeyboard() {
        driver.manage().window().setSize(new Dimension(1200, 900));
        browser.open("/admin/new-media/" + account);
        List<String> reached = new ArrayList<>();
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        for (int i = 0; i < 80; i++) {
            WebElement active = driver.switchTo().activeElement();
            String id = active.getAttribute("id");
            reached.add(id == null || id.isEmpty() ? active.getTagName() + ":" + active.getText() : id);
            active.sendKeys(Keys.TAB);
        }
        assertThat(reached).contains("lastPostOn", "title", "url", "lines");
        assertThat(reached.stream().filter(r -> r.startsWith("button:")).toList())
                .anyMatch(b -> b.contains("记录")).anyMatch(b -> b.contains("导入"));
    }
}
