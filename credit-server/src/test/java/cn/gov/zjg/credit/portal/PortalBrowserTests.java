package cn.gov.zjg.credit.portal;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The public site in real headless Chromium (issue 6): search by code and by name → profile → penalty detail; the
 * self-query; the rate limit and its captcha; no JavaScript console error on any page. Skipped without chromium and
 * chromedriver unless CREDIT_REQUIRE_BROWSER=true (as BrowserSmokeTests).
 */
@CreditIntegrationTest
class PortalBrowserTests {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static WebDriver browser;
    private static PortalFixtures.Company company;
    private static PortalFixtures.Person person;

    @LocalServerPort
    int port;

    @Autowired
    Pipeline pipeline;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PortalRefresh refresh;

    @Autowired
    cn.gov.zjg.credit.review.ReviewService review;

    @Autowired
    StringRedisTemplate redis;

    @BeforeAll
    static void startBrowser() {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equals(System.getenv("CREDIT_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("CREDIT_REQUIRE_BROWSER is set but chromium/chromedriver are missing");
        }
        assumeTrue(installed, "chromium and chromedriver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=zh-CN", "--window-size=390,844"); // a phone's viewport
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

    @BeforeEach
    void publishOnce() throws Exception {
        if (company == null) {
            PortalFixtures fixtures = new PortalFixtures(pipeline, jdbc, refresh, review);
            company = fixtures.company("张家港市" + PortalFixtures.uniqueWord() + "港务有限公司", 1, 1);
            person = fixtures.person("慕容" + PortalFixtures.uniqueWord().substring(0, 2));
        }
        browser.manage().deleteAllCookies();
    }

    @Test
    void searchByCodeLeadsToTheProfileAndThePenaltyDetail() {
        browser.get(url("/"));
        browser.findElement(By.id("home-q")).sendKeys(company.code().toLowerCase());
        browser.findElement(By.cssSelector(".portal-hero-search button[type=submit]")).click();

        click(By.linkText(company.name()));
        assertThat(browser.findElement(By.id("subject-uscc")).getText()).isEqualTo(company.code());
        click(By.id("tab-penalties"));
        click(By.cssSelector("#subject-penalties a"));

        assertThat(browser.getCurrentUrl()).endsWith("/publicity/penalties/" + company.penaltyIds().get(0));
        assertThat(browser.findElement(By.id("record-fields")).getText()).contains(company.name(), "罚款");
        assertThat(severeConsoleEntries()).isEmpty();
    }

    @Test
    void searchByAWordOfTheNameLeadsToTheProfile() {
        String word = company.name().substring(4, 8); // three unique characters and 港
        browser.get(url("/search"));
        browser.findElement(By.id("search-q")).sendKeys(word);
        browser.findElement(By.cssSelector("#search-q + button")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("search-summary")));
        click(By.linkText(company.name()));

        assertThat(browser.findElement(By.id("subject-name")).getText()).contains(company.name());
        assertThat(browser.getTitle()).contains(company.name());
        assertThat(severeConsoleEntries()).isEmpty();
    }

    @Test
    void aPersonQueriesTheirOwnRecords() {
        browser.get(url("/self-query"));
        browser.findElement(By.id("sq-name")).sendKeys(person.name());
        browser.findElement(By.id("sq-id")).sendKeys(person.idNumber());
        browser.findElement(By.id("sq-captcha")).sendKeys(captchaAnswer());
        browser.findElement(By.cssSelector("form[action$='/self-query'] button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("self-query-result")));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains(cn.gov.zjg.credit.shared.Masking.idNumber(person.idNumber()))
                .doesNotContain(person.idNumber(), person.name());
        assertThat(severeConsoleEntries()).isEmpty();
    }

    @Test
    void pastTheRateLimitTheCaptchaAppearsAndLetsTheVisitorContinue() {
        for (int i = 0; i < 4 && browser.findElements(By.id("rate-limited")).isEmpty(); i++) {
            browser.get(url("/about"));
        }

        assertThat(browser.findElement(By.id("rate-limited")).getText()).isEqualTo("访问过于频繁");
        browser.findElement(By.id("rl-captcha")).sendKeys(captchaAnswer());
        browser.findElement(By.cssSelector("#rate-limit-captcha button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/about")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("关于本站");
        browser.manage().logs().get(LogType.BROWSER); // the 429 itself is logged by Chromium as a failed load
    }

    @Test
    void noPageHasJavaScriptErrorsAndTheChartsAreDrawn() {
        List<String> pages = List.of("/", "/search?q=" + company.code(), "/subjects/" + company.code(),
                "/subjects/" + company.code() + "?tab=penalties", "/publicity/licenses", "/publicity/penalties",
                "/publicity/licenses/" + company.licenseIds().get(0),
                "/publicity/penalties/" + company.penaltyIds().get(0), "/self-query", "/statistics");
        for (String page : pages) {
            browser.get(url(page));
            assertThat(browser.getTitle()).as(page).contains("信用张家港");
            assertThat(severeConsoleEntries()).as(page).isEmpty();
        }
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-months canvas")));
        assertThat(browser.findElements(By.cssSelector("#chart-departments canvas"))).isNotEmpty();
        assertThat(severeConsoleEntries()).isEmpty();
    }

    /** The answer of the captcha image on the page, once the browser has loaded it. */
    private String captchaAnswer() {
        WebElement image = browser.findElement(By.cssSelector("img.portal-captcha"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("return arguments[0].complete && "
                        + "arguments[0].naturalWidth > 0", image)));
        String id = image.getAttribute("src").replaceAll(".*/captcha/", "");
        return redis.opsForValue().get(PortalCaptcha.PREFIX + id);
    }

    private void click(By link) {
        WebElement element = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(link));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
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
