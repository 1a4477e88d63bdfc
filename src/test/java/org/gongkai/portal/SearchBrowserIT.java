package org.gongkai.portal;

import org.gongkai.search.SearchIndexer;
import org.gongkai.support.Browser;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in a real browser, as a visitor of a county's site: the header's search box, then page after page of more
 * than forty results through the pager, always inside the county's own header and footer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserIT {

    @LocalServerPort int port;
    @Autowired PortalFixture fx;
    @Autowired SearchIndexer indexer;

    Browser browser;
    WebDriver driver;
    PortalFixture.Site site;
    String marker;

    @BeforeAll
    void publishManyAndStartBrowser() throws Exception {
        site = fx.site("翻页县教育局");
        marker = "翻页" + Long.toString(System.nanoTime() % 100_000_000L, 36).replaceAll("[0-9]", "") + "学区";
        var column = fx.node(site, "通知公告");
        for (int i = 0; i < 45; i++) {
            long id = fx.approved(site, PortalFixture.content(column.id(), "关于" + marker + "划分的第" + i + "号通知",
                    "浏览器", LocalDate.of(2026, 7, 1).plusDays(i)));
            fx.publish.publishNow(site.publisher(), id);
            indexer.sync(id);
        }
        browser = new Browser(port);
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theSiteSearchBoxLeadsThroughEveryPageOfMoreThanFortyResults() {
        browser.open("/o/" + site.slug());
        WebElement box = driver.findElement(By.id("site-search"));
        box.sendKeys(marker + "划分");
        box.submit();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> d.getCurrentUrl().contains("/o/" + site.slug() + "/search"));
        List<String> problems = new ArrayList<>(browser.axe("site search, page 1"));
        for (int page = 1; page <= 3; page++) {
            String source = driver.getPageSource();
            assertThat(source).as("page %d", page).contains("共找到 45 条结果").contains("第 " + page + " 页，共 3 页");
            assertThat(driver.findElement(By.cssSelector("a.brand")).getText()).isEqualTo(site.org().name());
            assertThat(driver.findElement(By.cssSelector("footer")).getText()).contains(site.org().name());
            assertThat(driver.findElement(By.id("search-q")).getAttribute("value")).isEqualTo(marker + "划分");
            assertThat(driver.findElements(By.cssSelector("ol.results > li"))).hasSize(page < 3 ? 20 : 5);
            if (page < 3) {
                int next = page + 1;
                driver.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
                wait.until(d -> d.getPageSource().contains("第 " + next + " 页，共 3 页")
                        && d.getCurrentUrl().contains("page=" + next));
            }
        }
        assertThat(driver.findElements(By.cssSelector("nav.pager a[rel=next]"))).isEmpty();
        problems.addAll(browser.axe("site search, page 3"));
        assertThat(problems).isEmpty();
    }
}
