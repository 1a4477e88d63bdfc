package org.gongkai.enrollment;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enrollment information page and the school-district look-up in a real browser: axe-core serious/critical clean,
 * no sideways scroll at 320 px, the districts under each school opened from the keyboard, the look-up answered by
 * keyboard alone; the staff page of a year is axe-clean too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrollmentBrowserIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired EnrollmentYears years;
    @Autowired EnrollmentStore store;
    @Autowired ZoningRules zoningRules;
    @Autowired ZoningStore zoningStore;

    Browser browser;
    WebDriver driver;
    String slug;
    StaffUser editor;
    long yearId;

    @BeforeAll
    void setUp() throws Exception {
        long county = fixtures.organisation("招生浏览器县教育局");
        slug = organisations.get(county).slug();
        editor = fixtures.staff(county, Role.EDITOR);
        StaffUser publisher = fixtures.staff(county, Role.PUBLISHER);
        long zoning = zoningRules.open(editor, county, 2026, false);
        zoningRules.importRules(editor, zoning, "r.csv", (SchoolDistrictTest.HEADER
                + "第一实验小学,建设路,1,199,单号,,\n第一实验小学,,,,,阳光花园小区东区及西区一至十六栋,\n城南小学,解放路,,,,,\n")
                .getBytes(StandardCharsets.UTF_8));
        zoningRules.publish(publisher, zoning, "关于2026年义务教育学校招生范围的通告", null,
                String.valueOf(zoningStore.find(zoning).orElseThrow().version()));
        yearId = years.open(editor, county, 2026, false);
        years.saveTexts(editor, yearId, "适龄儿童按学区划片、免试就近入学。\n同一学区报名人数超过计划数时按房户一致、户籍、居住年限顺序安排。",
                "随迁子女以居住证为主要依据申请入学。", String.valueOf(store.find(yearId).orElseThrow().version()));
        years.addItem(editor, yearId, new EnrollmentYears.ItemForm("2026-06-20", "2026-06-30", "网上报名（小学、初中）"));
        years.addSchool(editor, yearId, new EnrollmentYears.SchoolForm("第一实验小学", "PRIMARY", "270", "清溪路 18 号", null));
        years.addSchool(editor, yearId, new EnrollmentYears.SchoolForm("城南小学", "PRIMARY", "180", null, null));
        years.addSchool(editor, yearId, new EnrollmentYears.SchoolForm("第二中学", "JUNIOR", "400", null, null));
        years.publish(publisher, yearId, "关于做好2026年义务教育学校招生入学工作的通知", null,
                String.valueOf(store.find(yearId).orElseThrow().version()));
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
    void thePublicPagesAreAccessibleFitA320PixelScreenAndWorkFromTheKeyboard() {
        List<String> problems = new ArrayList<>();
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(320, 900));
            for (String p : List.of("/o/" + slug + "/enrollment", "/school-districts/" + slug,
                    "/school-districts/" + slug + "?address=%E5%BB%BA%E8%AE%BE%E8%B7%AF15%E5%8F%B7")) {
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

        // the district under a school opens from the keyboard (a <summary>, no script)
        browser.open("/o/" + slug + "/enrollment");
        WebElement summary = driver.findElement(By.xpath("//article[h3='第一实验小学']//details/summary"));
        WebElement details = summary.findElement(By.xpath(".."));
        assertThat(details.getAttribute("open")).isNull();
        for (int i = 0; i < 80 && !summary.equals(driver.switchTo().activeElement()); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(driver.switchTo().activeElement()).isEqualTo(summary);
        summary.sendKeys(Keys.ENTER);
        assertThat(details.getAttribute("open")).isNotNull();
        assertThat(details.getText()).contains("建设路");

        // the look-up, by keyboard alone
        browser.open("/school-districts/" + slug);
        WebElement address = driver.findElement(By.id("address"));
        address.sendKeys("建设路 15 号", Keys.ENTER);
        // Enter returns before the answer page has loaded: wait for it rather than read the old one
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("answer")).isEmpty());
        assertThat(driver.findElement(By.id("answer")).getText()).contains("第一实验小学");
    }

    @Test
    void theStaffPagesAreAccessible() {
        browser.signIn(editor.username(), Fixtures.PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String p : List.of("/admin/enrollment", "/admin/enrollment/" + yearId)) {
            browser.open(p);
            problems.addAll(browser.axe(p));
        }
        assertThat(problems).isEmpty();
    }
}
