package org.gongkai.services;

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
 * 管理公开 · 服务公开 (ADR 0045) in a real browser: the public lists, catalog, guide, emergency and warning pages and
 * the staff pages have no serious or critical axe-core violations; the public pages fit 320 CSS px without sideways
 * scrolling; the guide's rating buttons are reached with the keyboard and rating works without JavaScript; at 390 px
 * the review queue's kinds stand on one line each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ActiveProfiles("test")
class OpennessBrowserIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired ManagePowers powers;
    @Autowired ManageGuides guides;
    @Autowired ManageEmergencies emergencies;
    @Autowired ServicesReview review;

    @Test
    void publicAndStaffPagesAreAccessibleNarrowAndKeyboardUsable() throws Exception {
        long org = fixtures.organisation("浏览器公开县教育局");
        String slug = organisations.get(org).slug();
        StaffUser editor = fixtures.staff(org, Role.EDITOR, Role.PUBLISHER);
        StaffUser reviewer = fixtures.staff(org, Role.REVIEWER);
        long power = powers.create(editor, new PowerForm("POWER", "QZ-1", "教师资格认定", "行政许可",
                "《教师资格条例》第十三条", "人事股", "具有中国国籍", null, false, null));
        Reviewed.approve(review, ReviewSubject.POWER, power, editor, reviewer);
        powers.publish(editor, power);
        long guide = guides.create(editor, new GuideForm("JY-1", "义务教育阶段转学", null, "条件", "流程", "5 个工作日",
                "不收费", null, "各中小学教务处", null, "0791-0000000", null, null, null));
        guides.addMaterial(editor, guide, "转学申请表", true, "原件 1 份", null, null);
        Reviewed.approve(review, ReviewSubject.GUIDE, guide, editor, reviewer);
        guides.publish(editor, guide);
        Instant now = Instant.now();
        long warning = emergencies.createWarning(editor, new WarningForm("暴雨", "Met", "ORANGE", "Expected", "Likely",
                "暴雨橙色预警：全县中小学停课一天，请家长照看好孩子并远离河道和低洼地带", "预计未来 24 小时有大暴雨。",
                "停课一天。", "浏览器公开县全境", WarningForm.local(now.minus(Duration.ofHours(1))),
                WarningForm.local(now.plus(Duration.ofDays(1)))));
        Reviewed.approve(review, ReviewSubject.WARNING, warning, editor, reviewer);
        emergencies.issue(editor, warning);
        emergencies.addUpdate(editor, warning, "UPDATE", "各校已完成停课通知。", "ORANGE", null);
        long plan = emergencies.createPlan(editor, "校园突发事件应急预案", "全县中小学", "2026-03-01", "第一章 总则");
        Reviewed.approve(review, ReviewSubject.PLAN, plan, editor, reviewer);
        emergencies.publishPlan(editor, plan);
        long waiting = powers.create(editor, new PowerForm("POWER", "QZ-2", "教师资格定期注册（五年一周期，逾期未注册者不得从事教育教学工作）",
                "行政许可", "《中小学教师资格定期注册暂行办法》", "人事股", "持有教师资格证书", null, false, null));
        review.submitItem(editor, ReviewSubject.POWER, waiting);

        List<String> pages = List.of("/o/" + slug + "/powers", "/powers/" + power, "/o/" + slug + "/services",
                "/services/" + guide, "/o/" + slug + "/emergency", "/warnings/" + warning, "/emergency-plans/" + plan);
        List<String> problems = new ArrayList<>();
        List<String> tooWide = new ArrayList<>();
        try (Browser browser = new Browser(port)) {
            WebDriver driver = browser.driver();
            for (String p : pages) {
                browser.open(p);
                problems.addAll(browser.axe(p));
            }
            Dimension before = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(320, 900));
            for (String p : pages) {
                browser.open(p);
                Object[] widths = ((List<?>) ((JavascriptExecutor) driver).executeScript(
                        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")).toArray();
                if (((Number) widths[0]).longValue() > ((Number) widths[1]).longValue()) {
                    tooWide.add(p + ": " + widths[0] + " px in " + widths[1]);
                }
            }
            driver.manage().window().setSize(before);

            // the rating buttons are reached with Tab and pressed with Enter
            browser.open("/services/" + guide);
            WebElement yes = driver.findElement(By.cssSelector("button[name=useful][value=yes]"));
            boolean reached = false;
            for (int i = 0; i < 80 && !reached; i++) {
                driver.switchTo().activeElement().sendKeys(Keys.TAB);
                reached = driver.switchTo().activeElement().equals(yes);
            }
            assertThat(reached).as("rating button reachable by keyboard").isTrue();
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            assertThat(driver.getPageSource()).contains("谢谢您的评价");

            browser.signIn(editor.username(), Fixtures.PASSWORD);
            for (String p : List.of("/admin/services/powers", "/admin/services/powers/" + power,
                    "/admin/services/powers/new", "/admin/services/guides", "/admin/services/guides/" + guide,
                    "/admin/services/guides/new", "/admin/services/emergency", "/admin/services/emergency/warnings/" + warning,
                    "/admin/services/emergency/warnings/new", "/admin/services/emergency/plans/" + plan,
                    "/admin/services/review", "/admin/services/review?status=APPROVED")) {
                browser.open(p);
                problems.addAll(browser.axe(p));
            }

            // on a phone the review queue's kinds (权责清单事项, 预警处置进展) stand on one line each, not one
            // character a line beside a long title
            driver.manage().window().setSize(new Dimension(390, 900));
            for (String p : List.of("/admin/services/review", "/admin/services/review?status=EXPEDITED")) {
                browser.open(p);
                List<Long> lines = ((List<?>) ((JavascriptExecutor) driver).executeScript("""
                        return [...document.querySelectorAll('table.review-queue td.kind')].map(td => {
                          const r = document.createRange(); r.selectNodeContents(td); return r.getClientRects().length; });"""))
                        .stream().map(n -> ((Number) n).longValue()).toList();
                assertThat(lines).as(p + ": lines of each kind at 390 px").isNotEmpty().containsOnly(1L);
            }
            driver.manage().window().setSize(before);
        }
        assertThat(problems).isEmpty();
        assertThat(tooWide).isEmpty();
    }
}
