package org.gongkai.consultation;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultation and interpretation pages in a real browser: a visitor comments on one passage with the keyboard
 * only (Tab to the passage's disclosure, Enter, type, Tab, Enter), and every public and staff page of the module has
 * no serious or critical axe-core violation and reads at 320 CSS px without scrolling sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultationBrowserIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired DraftConsultation drafts;
    @Autowired Hearings hearings;
    @Autowired ConsultationStore store;
    @Autowired JdbcClient jdbc;

    Browser browser;
    WebDriver driver;
    Organisation org;
    StaffUser editor;
    long consultation;
    long hearing;
    final String run = Long.toString(System.nanoTime() % 100_000_000L, 36);

    static String at(long daysFromNow) {
        return ConsultationInput.LOCAL.format(LocalDateTime.now(Zones.CHINA).plusDays(daysFromNow));
    }

    @BeforeAll
    void publishAndStartBrowser() throws Exception {
        long id = fixtures.organisation("浏览器征求意见县教育局" + run);
        org = organisations.get(id);
        editor = fixtures.staff(id, Role.EDITOR);
        StaffUser publisher = fixtures.staff(id, Role.PUBLISHER);
        consultation = drafts.create(editor, new ConsultationInput("课后服务管理办法（征求意见稿）" + run, "基础教育科",
                "为规范课后服务，起草了本办法。", "第一条 为了规范课后服务，制定本办法。\n\n第二条 学校应当在放学后提供课后服务。"
                + "\n\n第三条 本办法自发布之日起施行。", at(-1), at(40), null, List.of("ONLINE", "HEARING"),
                "电话 0000-12345678", "true", null));
        drafts.publish(publisher, consultation);
        hearing = hearings.schedule(publisher, consultation, new HearingInput(at(20), "县教育局三楼会议室", "10", at(10),
                "按报名先后确定参加人。"));
        long first = store.insertComment(consultation, null, null, null, "建议延长课后服务时间。");
        store.insertComment(consultation, null, null, null, "建议延长课后服务的时间。");
        assertThat(first).isPositive();
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
    void aVisitorCommentsOnTheSecondPassageWithTheKeyboardOnly() {
        browser.open("/consultations/" + consultation);
        String summary = "对第 2 段提意见";
        WebElement body = driver.findElement(By.tagName("body"));
        body.click();
        WebElement active = null;
        for (int i = 0; i < 200; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            active = driver.switchTo().activeElement();
            if (summary.equals(active.getText().strip())) {
                break;
            }
        }
        assertThat(active.getText().strip()).as("the passage's disclosure is reached with Tab").isEqualTo(summary);
        active.sendKeys(Keys.ENTER);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement textarea = driver.switchTo().activeElement();
        assertThat(textarea.getTagName()).isEqualTo("textarea");
        String text = "第二条请写明课后服务的结束时间" + run;
        textarea.sendKeys(text);
        textarea.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys("家长" + run);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys("13800000000");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement button = driver.switchTo().activeElement();
        assertThat(button.getTagName()).isEqualTo("button");
        button.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("received"));
        long passage2 = store.passages(consultation).get(1).id();
        assertThat(jdbc.sql("select count(*) from consultation_comment where passage_id = ? and body = ?")
                .params(passage2, text).query(Long.class).single()).isEqualTo(1);
        assertThat(browser.axe("/consultations/" + consultation + " (received)")).isEmpty();
    }

    @Test
    void everyPageOfTheModuleIsCleanForAxeAndFitsA320PixelScreen() {
        String s = "/o/" + org.slug();
        List<String> pages = List.of("/consultations/" + consultation, "/consultations/" + consultation + "/hearings/"
                + hearing, s + "/consultations", s + "/interpretations", "/interpretations?site=" + org.slug());
        List<String> problems = new ArrayList<>();
        List<String> tooWide = new ArrayList<>();
        Dimension before = driver.manage().window().getSize();
        for (String p : pages) {
            browser.open(p);
            problems.addAll(browser.axe(p));
        }
        try {
            driver.manage().window().setSize(new Dimension(320, 900));
            for (String p : pages) {
                browser.open(p);
                Object[] widths = ((List<?>) ((JavascriptExecutor) driver).executeScript(
                        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")).toArray();
                if (((Number) widths[0]).longValue() > ((Number) widths[1]).longValue()) {
                    tooWide.add(p + ": " + widths[0] + " px in " + widths[1]);
                }
            }
        } finally {
            driver.manage().window().setSize(before);
        }
        browser.signIn(editor.username(), Fixtures.PASSWORD);
        String admin = "/admin/consultations/" + consultation;
        for (String p : List.of(admin, admin + "/groups", admin + "/hearings/" + hearing, "/admin/consultations",
                "/admin/consultations/counts", "/admin/interpretations")) {
            browser.open(p);
            problems.addAll(browser.axe(p));
        }
        driver.manage().deleteAllCookies();
        assertThat(problems).isEmpty();
        assertThat(tooWide).isEmpty();
    }
}
