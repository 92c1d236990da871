package cn.gov.zjg.credit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run). Skipped where they are
 * missing, unless CREDIT_REQUIRE_BROWSER=true (as in CI), so the README's test command works with only a JDK.
 */
@CreditIntegrationTest
class BrowserSmokeTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = cn.gov.zjg.credit.support.HeadlessChromium.start();
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

    @Test
    void clerkUploadsAFileAndFollowsItsProgressToTheStagedRows() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("clerk-scjg");
        browser.findElement(By.id("password")).sendKeys("Demo@2026");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console"));
        Path file = Files.createTempFile("浏览器上传-", ".csv");
        Files.writeString(file, csvRows(200), StandardCharsets.UTF_8);

        browser.get(url("/console/submissions"));
        new Select(browser.findElement(By.id("recordType"))).selectByValue("LICENSE");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("batch-progress-bar")));
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已接收数据（200 行）"));
        assertThat(browser.findElement(By.id("batch-progress-bar")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.findElement(By.id("rows-staged")).getText()).isEqualTo("200");
        assertThat(severeConsoleEntries()).isEmpty();
        Files.deleteIfExists(file);
    }

    @Test
    void administratorSwitchesAValidationRuleToWarningAndBack() {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("Demo@2026");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console"));

        browser.get(url("/console/validation/rules"));
        submit(By.cssSelector("#PENALTY-AMOUNT_FINE button[formaction$='/WARNING']"));

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("校验规则已保存");
        By warning = By.cssSelector("#PENALTY-AMOUNT_FINE button[formaction$='/WARNING']");
        assertThat(browser.findElement(warning).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.findElement(warning).isEnabled()).isFalse();
        submit(By.cssSelector("#PENALTY-AMOUNT_FINE button[formaction$='/ERROR']"));
        assertThat(browser.findElement(By.cssSelector("#PENALTY-AMOUNT_FINE button[formaction$='/ERROR']"))
                .getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(severeConsoleEntries()).isEmpty();
    }

    /**
     * Clicks a submit button further down a long page and waits for the next page. Bootstrap turns on smooth
     * scrolling, so the button is first scrolled into view instantly; otherwise the click lands while the page moves.
     */
    private void submit(By button) {
        WebElement element = browser.findElement(button);
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    @org.springframework.beans.factory.annotation.Autowired
    cn.gov.zjg.credit.submission.excel.ExcelUploadService uploads;

    @org.springframework.beans.factory.annotation.Autowired
    cn.gov.zjg.credit.department.DepartmentService departments;

    @org.springframework.beans.factory.annotation.Autowired
    cn.gov.zjg.credit.jobs.ExecutorEndpoint endpoint;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void clerkFixesAFailedRowInTheBrowserAndItPasses() throws Exception {
        // given: one row of 生态环境局 failed validation (wrong credit code check character)
        String stamp = String.valueOf(System.nanoTime());
        byte[] file = cn.gov.zjg.credit.submission.excel.Workbooks.xlsx(
                cn.gov.zjg.credit.submission.excel.Workbooks.LICENSE_HEADERS,
                cn.gov.zjg.credit.submission.excel.Workbooks.licenseRows(1, (i, row) -> {
                    row.put("行政许可决定文书号", "张环许〔2026〕" + stamp + "号");
                    row.put("统一社会信用代码", "91320582MA1MUL3Q1H");
                }));
        var batch = uploads.upload(cn.gov.zjg.credit.submission.RecordType.LICENSE,
                departments.findByCode("sthj").orElseThrow().id(), new cn.gov.zjg.credit.submission.excel
                        .ExcelUploadService.Upload(stamp + ".xlsx", file.length,
                        new java.io.ByteArrayInputStream(file)), "clerk-sthj");
        String invalid = "select count(*) from license_staging where batch_id = ? and status = 'INVALID'";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && jdbc.queryForObject(invalid, Long.class, batch.id()) == 0) {
            new cn.gov.zjg.credit.support.XxlJobAdmin(endpoint).trigger("validateSubmissions", 9601, 0, 1);
            Thread.sleep(500);
        }
        long id = jdbc.queryForObject("select id from license_staging where batch_id = ?", Long.class, batch.id());
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("clerk-sthj");
        browser.findElement(By.id("password")).sendKeys("Demo@2026");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console"));

        // when: the clerk opens the row from the queue, corrects the code and saves
        browser.get(url("/console/validation/failed?type=LICENSE"));
        browser.findElement(By.cssSelector("a[href$='/console/validation/failed/LICENSE/" + id + "']")).click();
        var code = browser.findElement(By.id("XK_XDR_SHXYM"));
        assertThat(code.getAttribute("class")).contains("is-invalid");
        code.clear();
        code.sendKeys("91320582MA1MUL3Q1G", org.openqa.selenium.Keys.ENTER); // Enter submits the form

        // then
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已修改并通过校验"));
        assertThat(jdbc.queryForObject("select status from license_staging where id = ?", String.class, id))
                .isIn("VALID", "WARNED");
        assertThat(severeConsoleEntries()).isEmpty();
    }

    /** A UTF-8 CSV of license rows, as a department system would export it. */
    private static String csvRows(int rows) {
        String header = "行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,行政许可决定文书名称,行政许可决定文书号,"
                + "许可类别,许可内容,许可决定日期,有效期自,有效期至,许可机关,许可机关统一社会信用代码,当前状态,数据来源单位,"
                + "数据来源单位统一社会信用代码";
        StringBuilder csv = new StringBuilder(header).append("\n");
        long stamp = System.nanoTime();
        for (int i = 0; i < rows; i++) {
            csv.append("张家港市浏览器测试企业").append(i).append("有限公司,法人及非法人组织,91320582MA1MUL3Q1G,张三,")
                    .append("食品经营许可决定书,张市监许〔2026〕B").append(stamp).append('-').append(i).append("号,普通,")
                    .append("准予许可,2026/11/02,2026/11/02,2099/12/31,张家港市市场监督管理局,11320582014160056E,1,")
                    .append("张家港市市场监督管理局,11320582014160056E\n");
        }
        return csv.toString();
    }

    private List<LogEntry> severeConsoleEntries() {
        return cn.gov.zjg.credit.support.HeadlessChromium.severeConsoleEntries(browser);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
