package org.gongkai.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's chromium through chromedriver, headless, with axe-core at hand, for the *BrowserIT tests (profile
 * {@code browser}). A missing browser, driver or axe-core fails the test instead of skipping it.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String axe;
    private final int port;

    public Browser(int port) throws IOException {
        this(port, null);
    }

    /** A browser that saves downloads into {@code downloads} without asking (PDFs too), when it is given. */
    public Browser(int port, Path downloads) throws IOException {
        assertThat(Files.isExecutable(CHROMIUM)).as("chromium must be installed at " + CHROMIUM).isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as("chromedriver must be installed at " + CHROMEDRIVER).isTrue();
        Path axeFile = Path.of(System.getProperty("gongkai.axe", "target/axe/node_modules/axe-core/axe.min.js"));
        assertThat(Files.isReadable(axeFile)).as("axe-core must be installed: npm install --prefix target/axe axe-core@4").isTrue();
        this.axe = Files.readString(axeFile, StandardCharsets.UTF_8);
        this.port = port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("gongkai-chromium-"));
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Signs in through the login form. */
    public void signIn(String username, String password) {
        open("/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login")
                && d.findElements(By.cssSelector("main")).size() > 0);
    }

    /** The serious and critical axe-core violations on the current page. */
    @SuppressWarnings("unchecked")
    public List<String> axe(String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>
                    ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));""");
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                out.add(page + ": " + v.get("id") + " (" + v.get("impact") + ") " + v.get("help") + " " + v.get("nodes"));
            }
        }
        return out;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
