package org.gongkai.budget;

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
import org.openqa.selenium.WebDriver;
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
 * A budget year page with its treemaps and glossary, the glossary page, and the glossary's staff pages in a real
 * browser: axe-core serious/critical clean, no sideways scroll at 320 px, the treemap drawn with its boxes and
 * labelled, the bar charts' text at their own 12 px, the glossary form reachable from the keyboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetBrowserIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired BudgetPublications actions;
    @Autowired BudgetStore store;
    @Autowired BudgetGlossary glossary;

    Browser browser;
    WebDriver driver;
    String slug;
    StaffUser editor;
    long termId;

    @BeforeAll
    void setUp() throws Exception {
        long county = fixtures.organisation("预算浏览器县教育局");
        slug = organisations.get(county).slug();
        editor = fixtures.staff(county, Role.EDITOR);
        StaffUser publisher = fixtures.staff(county, Role.PUBLISHER);
        for (BudgetKind kind : BudgetKind.values()) {
            BudgetPublications.Uploaded u = actions.upload(editor, county, new BudgetPublications.Upload("2026",
                    kind.name(), "2026 年" + kind.name(), LocalDate.now().minusDays(3).toString(), "说明", null), "t.xlsx",
                    BudgetPublicationTest.workbook(kind == BudgetKind.BUDGET ? "500.00" : "520.00"));
            actions.publish(publisher, u.id(), "已经保密审查", String.valueOf(store.find(u.id()).orElseThrow().version()));
        }
        termId = glossary.save(editor, null, new BudgetGlossary.Form("三公经费", "本局编写的说明。", "WRITTEN", "", "0"));
        browser = new Browser(port);
        driver = browser.driver();
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void thePublicPagesAreAccessibleAndFitA320PixelScreen() {
        List<String> problems = new ArrayList<>();
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(320, 900));
            for (String p : List.of("/o/" + slug + "/budgets/2026", "/o/" + slug + "/budgets/glossary",
                    "/o/" + slug + "/budgets")) {
                browser.open(p);
                problems.addAll(browser.axe(p));
                Object[] widths = ((List<?>) ((JavascriptExecutor) driver).executeScript(
                        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")).toArray();
                if (((Number) widths[0]).longValue() > ((Number) widths[1]).longValue()) {
                    problems.add(p + ": " + widths[0] + " px wide in " + widths[1] + " px");
                }
            }
        } finally {
            driver.manage().window().setSize(before);
        }
        assertThat(problems).isEmpty();
        browser.open("/o/" + slug + "/budgets/2026");
        assertThat(driver.findElements(By.cssSelector("svg.treemap"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("svg.treemap rect.tm-leaf"))).hasSizeGreaterThanOrEqualTo(6);
        assertThat(driver.findElement(By.cssSelector("svg.treemap")).getAttribute("aria-describedby")).isEqualTo("functional-budget");
        assertThat(driver.findElement(By.cssSelector("dl.glossary")).getText()).contains("三公经费", "本单位编写的说明");
        // the bar charts' labels and values take the budgets' own size (.chart text), not open data's 18 px
        assertThat(((List<?>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('svg.chart text')].map(t => getComputedStyle(t).fontSize);"))
                .stream().map(String::valueOf).toList())
                .isNotEmpty().containsOnly("12px");
        screenshot("/o/" + slug + "/budgets/2026", "public");
    }

    /** With -Dbudget.screenshots=DIR, a 390 px wide picture of a page, for a person to look at. */
    void screenshot(String path, String name) {
        String dir = System.getProperty("budget.screenshots");
        if (dir == null) {
            return;
        }
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(390, 2400));
            browser.open(path);
            java.nio.file.Files.write(java.nio.file.Path.of(dir, "keyareas4-" + name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            for (var figure : driver.findElements(By.cssSelector("figure.treemap-figure"))) {
                java.nio.file.Files.write(java.nio.file.Path.of(dir, "keyareas4-" + name + "-treemap.png"),
                        figure.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                break;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Test
    void theGlossaryStaffPagesAreAccessible() {
        browser.signIn(editor.username(), Fixtures.PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String p : List.of("/admin/budgets/glossary", "/admin/budgets/glossary/new", "/admin/budgets/glossary/" + termId)) {
            browser.open(p);
            problems.addAll(browser.axe(p));
        }
        assertThat(problems).isEmpty();
        screenshot("/admin/budgets/glossary/" + termId, "staff");
    }
}
