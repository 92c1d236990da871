package cn.gov.zjg.credit.review;

import java.time.Duration;

import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A reviewer approves a clerk's batch in real headless Chromium, through the confirmation (as BrowserSmokeTests). */
@CreditIntegrationTest
class ReviewBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

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
    void reviewerApprovesTheClerksBatchThroughTheConfirmation() throws Exception {
        // given: three licenses of 市场监管局, validated
        ReviewFixtures fixtures = new ReviewFixtures(context);
        Batch batch = fixtures.stageAndValidate(RecordType.LICENSE, fixtures.department("scjg"),
                ReviewFixtures.rows(3, "张市监许", (i, r) -> { }, ReviewFixtures::license));
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("reviewer");
        browser.findElement(By.id("password")).sendKeys("Demo@2026");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console"));

        // when: the queue filtered by the batch, "approve the whole batch", the confirmation, confirm
        browser.get(url("/console/review"));
        browser.findElement(By.id("f-batch")).sendKeys(batch.batchNo());
        browser.findElement(By.cssSelector("form.console-toolbar button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("approve-batch")));
        assertThat(browser.findElements(By.cssSelector("#review-queue tbody tr[id^=row-]"))).hasSize(3);
        browser.findElement(By.id("approve-batch")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-question")));
        String question = browser.findElement(By.id("confirm-question")).getText();
        browser.findElement(By.id("confirm")).click();

        // then
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已批准 3 条记录。"));
        assertThat(question).isEqualTo("批准 3 条行政许可记录？");
        assertThat(jdbc.queryForList("select distinct status from license_staging where batch_id = ?", String.class,
                batch.id())).containsExactly("APPROVED");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
