package cn.gov.zjg.credit.redblack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public black list in a real browser, at phone width: filter by list type and listing date with the plain GET
 * form, follow the keyset "next page" link, open an entry; no JavaScript errors.
 */
@CreditIntegrationTest
class BlackListBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    EntryValidator validator;

    @Autowired
    EntryService entries;

    @Autowired
    ListTypeService types;

    @Autowired
    DepartmentService departments;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(390, 844); // a phone
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void visitorFiltersTheBlackListPagesOnAndOpensAnEntry() {
        // given: 21 published black list entries of a sub-type of their own, listed on consecutive days
        String code = "B" + System.nanoTime() % 1_000_000_000L;
        long parent = types.findAll().stream().filter(t -> t.code().equals("YZSX")).findFirst().orElseThrow().id();
        types.create(parent, ListKind.BLACK, code, "浏览器测试名单" + code, null, 98, "test");
        LocalDate first = LocalDate.now().minusDays(30);
        List<EntryDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            drafts.add(RedBlackPublicTests.draft(i, "YZSX", code, "浏览器测试公司" + code + "-" + i,
                    RedBlackFixtures.uscc(), null, first.plusDays(i), ""));
        }
        List<NewEntry> valid = validator.validate(drafts, "市场监管局").stream().map(EntryValidator.Checked::entry)
                .toList();
        long scjg = departments.findByCode("scjg").orElseThrow().id();
        List<Long> ids = entries.propose(new EntryService.Proposal(scjg, "FORM", null, "clerk-scjg"), valid).ids();
        entries.approve(ids, "reviewer");

        // when: the visitor filters by the list type and the first 25 days
        browser.get("http://localhost:" + port + "/blacklist");
        new Select(browser.findElement(By.id("f-type"))).selectByVisibleText("— 浏览器测试名单" + code);
        setDate("f-from", first);
        setDate("f-to", first.plusDays(25));
        click(By.cssSelector("#list-filter button[type=submit]"));

        // then: newest first, 20 on the first page, the rest behind "next page"
        List<String> names = names();
        assertThat(names).hasSize(20).first().isEqualTo("浏览器测试公司" + code + "-20");
        click(By.id("next-page"));
        assertThat(names()).containsExactly("浏览器测试公司" + code + "-0");
        click(By.linkText("浏览器测试公司" + code + "-0"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("浏览器测试公司" + code + "-0");
        assertThat(browser.getPageSource()).contains("测试依据", "浏览器测试名单" + code);
        assertThat(HeadlessChromium.severeConsoleEntries(browser)).isEmpty();
    }

    private List<String> names() {
        return browser.findElements(By.cssSelector("#public-entries tbody td:first-child a")).stream()
                .map(a -> a.getText()).toList();
    }

    /** Bootstrap scrolls smoothly: bring the element into view at once, then click (as BrowserSmokeTests does). */
    private void click(By by) {
        var element = browser.findElement(by);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
    }

    private void setDate(String id, LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0])"
                + ".value = arguments[1]", id, date.toString());
    }
}
