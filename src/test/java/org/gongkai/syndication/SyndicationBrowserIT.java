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
 * The re-posting back office and a re-post's public page in a real browser: axe serious/critical clean, no sideways
 * scroll at 320 px, and the item page's two forms reachable with the keyboard alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyndicationBrowserIT {

    @LocalServerPort int port;
    @Autowired SyndicationFixture fx;
    @Autowired Subscriptions subscriptions;
    @Autowired Repost repost;

    Browser browser;
    WebDriver driver;
    PublishingSites.Site county;
    long item;
    long copy;

    @BeforeAll
    void setUp() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        PublishingSites.Site province = fx.site("浏览器省教育厅" + run, null, OrganisationKind.PROVINCE);
        county = fx.site("浏览器县教育局" + run, province.org().id(), OrganisationKind.COUNTY);
        subscriptions.subscribe(county.editor(), province.org().id());
        long first = fx.published(province, SyndicationFixture.content(province, "关于做好校园安全工作的通知" + run,
                "<p>请做好校园安全工作。</p>").build());
        long second = fx.published(province, SyndicationFixture.content(province, "关于开展读书月活动的通知" + run,
                "<p>请组织开展读书月活动。</p>").build());
        item = fx.item(county, second);
        copy = repost.repost(county.editor(), fx.item(county, first), String.valueOf(county.node()));
        fx.approveAndPublish(county, copy);
        browser = new Browser(port);
        driver = browser.driver();
        browser.signIn(county.editor().username(), Fixtures.PASSWORD);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theBackOfficeAndThePublicPageAreAccessibleAndFitANarrowScreen() {
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/admin/syndication", "/admin/syndication/items/" + item, "/admin/syndication/rules",
                "/admin/syndication/remote", "/admin/syndication/sources", "/documents/" + copy)) {
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

    /** A picture at 390 px for people to look at (build/tmp, not asserted). */
    private void screenshot(String path) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                    "syndication3" + path.replaceAll("[^a-z0-9]+", "-") + ".png");
            java.nio.file.Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theItemsFormsAreReachedWithTheKeyboard() {
        driver.manage().window().setSize(new Dimension(1200, 900));
        browser.open("/admin/syndication/items/" + item);
        List<String> reached = new ArrayList<>();
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        for (int i = 0; i < 80; i++) {
            WebElement active = driver.switchTo().activeElement();
            String id = active.getAttribute("id");
            reached.add(id == null || id.isEmpty() ? active.getTagName() + ":" + active.getText() : id);
            active.sendKeys(Keys.TAB);
        }
        assertThat(reached).contains("column", "reason");
        assertThat(reached.stream().filter(r -> r.startsWith("button:")).toList())
                .anyMatch(b -> b.contains("转载并提交审核")).anyMatch(b -> b.contains("不予转载"));
    }
}
