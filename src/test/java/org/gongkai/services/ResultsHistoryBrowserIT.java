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
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public change history of a reply, a clean-up and the work plans (ADR 0050) in a real browser: no serious or
 * critical axe violations, no sideways scrolling at 320 px, the feed link reached with the keyboard; pictures at 390 px
 * into target/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsHistoryBrowserIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ManageDeputyReplies replies;
    @Autowired ManageCleanUps cleanUps;
    @Autowired ManageWorkPlans plans;
    @Autowired CatalogEditing catalog;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired OrganisationDirectory organisations;
    @Autowired JdbcClient jdbc;

    Browser browser;
    WebDriver driver;
    String slug;
    long reply;
    long cleanUp;

    @BeforeAll
    void publishAndChange() throws Exception {
        browser = new Browser(port);
        driver = browser.driver();
        long org = fixtures.organisation("变更记录浏览器县");
        slug = organisations.get(org).slug();
        StaffUser editor = fixtures.staff(org, Role.EDITOR, Role.PUBLISHER);
        StaffUser reviewer = fixtures.staff(org, Role.REVIEWER);
        LocalDate today = replies.today();
        String year = String.valueOf(today.getYear());
        reply = replies.create(editor, form(year, today, "答复全文：我局将在秋季学期前完成全部学校的饮水设备更新改造工作。", null));
        replies.publish(editor, reply);
        replies.update(editor, reply, form(year, today, "答复全文（更正）：我局已于本学期完成全部学校的饮水设备更新改造工作，并建立定期检测制度。",
                jdbc.sql("select version::text from svc_proposal where id = ?").param(reply).query(String.class).single()));
        replies.addPromise(editor, reply, "每学期公布一次饮水检测结果", today.plusDays(120).toString(), null);
        CatalogNode node = catalog.create(editor, org, NodeDraft.of(null, "规范性文件", OpennessClass.EXECUTION,
                ColumnKind.POLICY, CatalogNode.DEFAULT_TIME_LIMIT_DAYS));
        long doc = document(editor, reviewer, org, node, "变更记录浏览器县中小学饮水安全管理办法", today);
        long plan = document(editor, reviewer, org, node, "变更记录浏览器县教育工作要点", today);
        long revised = document(editor, reviewer, org, node, "变更记录浏览器县教育工作要点（修订稿）", today);
        cleanUp = cleanUps.create(editor, "变更记录浏览器县规范性文件清理", "依据上级通知", today.minusDays(1).toString());
        cleanUps.addItem(editor, cleanUp, String.valueOf(doc), "KEPT", null, "继续适用");
        cleanUps.apply(editor, cleanUp);
        cleanUps.publish(editor, cleanUp);
        plans.link(editor, year, "PLAN", String.valueOf(plan));
        plans.link(editor, year, "PLAN", String.valueOf(revised));
    }

    static DeputyReplyForm form(String year, LocalDate today, String text, String version) {
        return new DeputyReplyForm(year, "SUGGESTION", "8", "县第十八届人民代表大会第五次会议", "关于改善中小学饮水安全的建议",
                "浏览器代表", "后勤保障股", "卫生健康局", today.minusDays(60).toString(), today.minusDays(10).toString(),
                today.minusDays(12).toString(), "FULL", text, null, "A", "SATISFIED", version);
    }

    long document(StaffUser editor, StaffUser reviewer, long org, CatalogNode node, String title, LocalDate today) {
        long id = create.create(editor, org, DocumentContent.builder().catalogNodeId(node.id()).title(title)
                .issuer("变更记录浏览器县教育局").writtenDate(today.minusDays(30)).publishDate(today.minusDays(30))
                .opennessClass("EXECUTION").bodyHtml("<p>" + title + "</p>").build());
        submit.submit(editor, id);
        review.approve(reviewer, id, null);
        publish.publishNow(editor, id);
        return id;
    }

    @AfterAll
    void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    List<String> pages() {
        return List.of("/replies/" + reply, "/cleanups/" + cleanUp, "/o/" + slug + "/work-plans",
                "/o/" + slug + "/replies", "/o/" + slug + "/cleanups");
    }

    @Test
    void historyPagesHaveNoSeriousOrCriticalAccessibilityViolationsAndFit320Pixels() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String p : pages()) {
            browser.open(p);
            problems.addAll(browser.axe(p));
        }
        assertThat(problems).isEmpty();
        Dimension before = driver.manage().window().getSize();
        List<String> tooWide = new ArrayList<>();
        try {
            driver.manage().window().setSize(new Dimension(320, 900));
            for (String p : pages()) {
                browser.open(p);
                List<?> widths = (List<?>) ((JavascriptExecutor) driver).executeScript(
                        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
                if (((Number) widths.get(0)).longValue() > ((Number) widths.get(1)).longValue()) {
                    tooWide.add(p + ": " + widths);
                }
            }
            driver.manage().window().setSize(new Dimension(390, 900));
            String[][] shots = {{"/replies/" + reply, "reply"}, {"/o/" + slug + "/work-plans", "workplans"},
                    {"/cleanups/" + cleanUp, "cleanup"}};
            for (String[] shot : shots) {
                browser.open(shot[0]);
                java.nio.file.Files.write(java.nio.file.Path.of("target", "services5b-" + shot[1] + ".png"),
                        ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            }
        } finally {
            driver.manage().window().setSize(before);
        }
        assertThat(tooWide).isEmpty();
    }

    @Test
    void theHistoryShowsWhatChangedAndTheFeedIsReachedWithTheKeyboard() {
        browser.open("/replies/" + reply);
        String history = driver.findElement(By.id("history-h")).findElement(By.xpath("..")).getText();
        assertThat(history).contains("第 3 版", "第 2 版", "第 1 版", "答复全文（更正）", "每学期公布一次饮水检测结果");
        browser.open("/o/" + slug + "/replies");
        boolean reached = false;
        for (int i = 0; i < 80 && !reached; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            String href = driver.switchTo().activeElement().getAttribute("href");
            reached = href != null && href.endsWith("/o/" + slug + "/replies/feed.atom");
        }
        assertThat(reached).isTrue();
    }
}
