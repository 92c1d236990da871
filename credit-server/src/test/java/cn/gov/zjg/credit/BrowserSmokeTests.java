package cn.gov.zjg.credit;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run). Skipped where they are
 * missing, unless CREDIT_REQUIRE_BROWSER=true (as in CI), so the README's test command works with only a JDK.
 */
@CreditIntegrationTest
class BrowserSmokeTests {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equals(System.getenv("CREDIT_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("CREDIT_REQUIRE_BROWSER is set but chromium/chromedriver are missing");
        }
        assumeTrue(installed, "chromium and chromedriver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Flags the machine needs: headless as root, no background networking (its connections are refused here).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=zh-CN", "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void portalHomeLoadsWithoutJavaScriptErrors() {
        browser.get(url("/"));

        assertThat(browser.getTitle()).contains("信用张家港");
        assertThat(browser.findElement(By.id("home-q")).isDisplayed()).isTrue();
        assertThat(severeConsoleEntries()).isEmpty();
    }

    @Test
    void clerkLogsInAndSeesTheConsoleHome() {
        browser.manage().deleteAllCookies();
        browser.get(url("/console"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));

        browser.findElement(By.id("username")).sendKeys("clerk-sthj");
        browser.findElement(By.id("password")).sendKeys("Demo@2026");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("my-department")));

        assertThat(browser.findElement(By.id("my-department")).getText()).isEqualTo("苏州市张家港生态环境局");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("生态环境局报送员");
        assertThat(severeConsoleEntries()).isEmpty();
    }

    private List<LogEntry> severeConsoleEntries() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
