package org.gongkai.participation;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Browser;
import org.gongkai.support.Fixtures;
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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message form (with its attachment field), my messages and a survey with rating and conditional questions in a
 * real browser: axe-core serious/critical clean, no sideways scroll at 320 px, and the file field and every rating
 * point reachable from the keyboard. Runs in the Maven profile {@code browser} only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipationBrowserIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired BuildSurvey build;

    Browser browser;
    WebDriver driver;
    String slug;
    long survey;

    @BeforeAll
    void start() throws Exception {
        browser = new Browser(port);
        driver = browser.driver();
        long org = fixtures.organisation("浏览器留言县教育局");
        slug = organisations.get(org).slug();
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        StaffUser head = fixtures.staff(org, Role.PUBLISHER);
        Instant now = Instant.now();
        survey = build.create(officer, new BuildSurvey.Draft("浏览器评分调查", "", now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(2))));
        build.addQuestion(officer, survey, new BuildSurvey.QuestionDraft(SurveyQuestionKind.SINGLE, "是否参加课后服务",
                true, "参加\n未参加", null));
        build.addQuestion(officer, survey, new BuildSurvey.QuestionDraft(SurveyQuestionKind.RATING, "满意度", true, null,
                null, 5, build.optionId(survey, 1, "参加")));
        build.publish(head, survey, 2);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void pagesAreAccessibleAndFitA320PixelScreen() {
        List<String> pages = List.of("/messages?org=" + slug, "/surveys/" + survey, "/my/messages?site=" + slug);
        List<String> problems = new ArrayList<>();
        for (String p : pages) {
            driver.get(url(p));
            problems.addAll(browser.axe(p));
        }
        assertThat(problems).isEmpty();
        Dimension before = driver.manage().window().getSize();
        List<String> tooWide = new ArrayList<>();
        try {
            driver.manage().window().setSize(new Dimension(320, 900));
            for (String p : pages) {
                driver.get(url(p));
                List<?> widths = (List<?>) ((JavascriptExecutor) driver).executeScript(
                        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
                if (((Number) widths.get(0)).longValue() > ((Number) widths.get(1)).longValue()) {
                    tooWide.add(p + ": " + widths);
                }
            }
        } finally {
            driver.manage().window().setSize(before);
        }
        assertThat(tooWide).isEmpty();
    }

    @Test
    void theFileFieldAndTheRatingPointsAreReachedByKeyboard() {
        driver.get(url("/messages?org=" + slug));
        assertThat(reached(By.id("files"), 40)).isTrue();
        driver.get(url("/surveys/" + survey));
        WebElement firstPoint = driver.findElements(By.cssSelector("input[type=radio]")).get(2);
        assertThat(reached(firstPoint, 40)).isTrue();
    }

    private boolean reached(By by, int maxTabs) {
        return reached(driver.findElement(by), maxTabs);
    }

    private boolean reached(WebElement target, int maxTabs) {
        driver.findElement(By.tagName("body")).click();
        for (int i = 0; i < maxTabs; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            if (driver.switchTo().activeElement().equals(target)) {
                return true;
            }
        }
        return false;
    }
}
