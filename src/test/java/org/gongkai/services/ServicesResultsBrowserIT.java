package org.gongkai.services;

import org.gongkai.catalog.CatalogEditing;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.NodeDraft;
import org.gongkai.catalog.OpennessClass;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
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
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The execution and results pages (task ledger, replies to suggestions and proposals, clean-up results, work plans)
 * in a real browser: no serious or critical axe violations, no sideways scrolling at 320 px, the main links reachable
 * with the keyboard alone; and the staff pages of the same parts checked with axe after signing in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServicesResultsBrowserIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ManageTaskLedger ledger;
    @Autowired ManageDeputyReplies replies;
    @Autowired ManageCleanUps cleanUps;
    @Autowired ManageWorkPlans plans;
    @Autowired CatalogEditing catalog;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired OrganisationDirectory organisations;

    Browser browser;
    WebDriver driver;
    String slug;
    StaffUser editor;
    long task;
    long reply;
    long cleanUp;

    @BeforeAll
    void publishSomething() throws Exception {
        browser = new Browser(port);
        driver = browser.driver();
        long org = fixtures.organisation("结果公开浏览器县");
        slug = organisations.get(org).slug();
        editor = fixtures.staff(org, Role.EDITOR, Role.PUBLISHER);
        StaffUser reviewer = fixtures.staff(org, Role.REVIEWER);
        LocalDate today = ledger.today();
        String year = String.valueOf(today.getYear());
        task = ledger.create(editor, new TaskForm(year, "1", "推进义务教育优质均衡发展，完成县域内学校标准化建设和教师交流轮岗工作",
                "年度教育工作要点", "基础教育股", "计划财务股、人事股、督导室", today.plusDays(40).toString(), "IN_PROGRESS",
                null, null));
        ledger.addMilestone(editor, task, "完成标准化建设评估", today.minusDays(3).toString());
        ledger.addProgress(editor, task, today.minusDays(2).toString(), "45", "已完成 12 所学校评估。", null);
        ledger.publish(editor, task);
        reply = replies.create(editor, new DeputyReplyForm(year, "SUGGESTION", "21", "县第十八届人民代表大会第五次会议",
                "关于推进义务教育优质均衡发展的建议", "浏览器代表", "基础教育股", "督导室",
                today.minusDays(60).toString(), today.minusDays(10).toString(), today.minusDays(12).toString(), "FULL",
                "答复全文：我局将推进学校标准化建设。", null, "A", "SATISFIED", null));
        replies.addPromise(editor, reply, "完成学校标准化建设", today.plusDays(40).toString(), "1");
        replies.publish(editor, reply);
        CatalogNode node = catalog.create(editor, org, NodeDraft.of(null, "规范性文件", OpennessClass.EXECUTION,
                ColumnKind.POLICY, CatalogNode.DEFAULT_TIME_LIMIT_DAYS));
        long doc = create.create(editor, org, DocumentContent.builder().catalogNodeId(node.id())
                .title("浏览器县中小学学籍管理办法").issuer("浏览器县教育局").writtenDate(today.minusYears(2))
                .publishDate(today.minusYears(2)).opennessClass("EXECUTION").bodyHtml("<p>办法</p>").build());
        submit.submit(editor, doc);
        review.approve(reviewer, doc, null);
        publish.publishNow(editor, doc);
        cleanUp = cleanUps.create(editor, "浏览器县规范性文件清理", "依据上级通知", today.minusDays(1).toString());
        cleanUps.addItem(editor, cleanUp, String.valueOf(doc), "KEPT", null, "继续适用");
        cleanUps.apply(editor, cleanUp);
        cleanUps.publish(editor, cleanUp);
        plans.link(editor, year, "PLAN", String.valueOf(doc));
    }

    @AfterAll
    void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    List<String> publicPages() {
        String s = "/o/" + slug;
        return List.of(s + "/tasks", "/tasks/" + task, s + "/replies", "/replies/" + reply, s + "/cleanups",
                "/cleanups/" + cleanUp, s + "/work-plans");
    }

    @Test
    void publicPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
        List<String> problems = new ArrayList<>();
        for (String p : publicPages()) {
            browser.open(p);
            problems.addAll(browser.axe(p));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void publicPagesFitA320PixelScreen() {
        Dimension before = driver.manage().window().getSize();
        List<String> tooWide = new ArrayList<>();
        try {
            driver.manage().window().setSize(new Dimension(320, 900));
            for (String p : publicPages()) {
                browser.open(p);
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
    void theChainIsFollowedWithTheKeyboardAlone() {
        browser.open("/o/" + slug + "/replies");
        assertThat(tabTo("/replies/" + reply)).isTrue();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("关于推进义务教育优质均衡发展的建议");
        assertThat(tabTo("/tasks/" + task)).isTrue();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("推进义务教育优质均衡发展");
    }

    @Test
    void staffPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
        browser.signIn(editor.username(), Fixtures.PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String p : List.of("/admin/services/tasks", "/admin/services/tasks/" + task, "/admin/services/replies",
                "/admin/services/replies/" + reply, "/admin/services/replies/new", "/admin/services/cleanups",
                "/admin/services/cleanups/" + cleanUp, "/admin/services/work-plans")) {
            browser.open(p);
            problems.addAll(browser.axe(p));
        }
        assertThat(problems).isEmpty();
    }

    /** Pictures at 390 px of the main public and staff pages, into target/ (for people to look at, not asserted). */
    @Test
    void picturesAt390Pixels() throws Exception {
        browser.signIn(editor.username(), Fixtures.PASSWORD);
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(390, 900));
            String[][] shots = {{"/replies/" + reply, "reply"}, {"/o/" + slug + "/replies", "replies"},
                    {"/cleanups/" + cleanUp, "cleanup"}, {"/admin/services/replies/" + reply, "admin-reply"},
                    {"/admin/services/cleanups/" + cleanUp, "admin-cleanup"}};
            for (String[] shot : shots) {
                browser.open(shot[0]);
                java.nio.file.Files.write(java.nio.file.Path.of("target", "services-results-" + shot[1] + ".png"),
                        ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            }
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Presses Tab until the focused element is a link ending in {@code path}; false after 80 presses. */
    boolean tabTo(String path) {
        for (int i = 0; i < 80; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            String href = active.getAttribute("href");
            if (href != null && href.endsWith(path)) {
                return true;
            }
        }
        return false;
    }
}
