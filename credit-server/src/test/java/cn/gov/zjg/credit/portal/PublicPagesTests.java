package cn.gov.zjg.credit.portal;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.Pipeline;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.gov.zjg.credit.portal.PortalSearchTests.count;
import static cn.gov.zjg.credit.portal.PortalSearchTests.enc;
import static org.assertj.core.api.Assertions.assertThat;

/** Home, subject profile, 双公示 lists with filters and keyset paging, detail pages, statistics (issue 6). */
@CreditIntegrationTest
class PublicPagesTests {

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
    DepartmentService departments;

    private static PortalFixtures.Company company;
    private static PortalFixtures.Company many;
    private static PortalFixtures.Person person;

    @BeforeEach
    void publishOnce() throws Exception {
        if (company == null) {
            PortalFixtures fixtures = new PortalFixtures(pipeline, jdbc, refresh, review);
            company = fixtures.company("张家港市" + PortalFixtures.uniqueWord() + "纺织有限公司", 2, 2);
            many = fixtures.company("张家港市" + PortalFixtures.uniqueWord() + "物流有限公司", 45, 0);
            person = fixtures.person("司马" + PortalFixtures.uniqueWord().substring(0, 2));
        }
    }

    @Test
    void homeShowsFiguresLatestDecisionsAndEntryPoints() {
        String home = new WebClient(port).get("/").body();

        assertThat(home).contains("id=\"figure-subjects\"", "id=\"figure-licenses\"", "id=\"figure-penalties\"",
                "id=\"figure-departments\"", "最新行政处罚", "最新行政许可", "href=\"/statistics\"",
                "href=\"/self-query\"", "href=\"/publicity/penalties\"");
        assertThat(figure(home, "figure-departments")).isGreaterThanOrEqualTo(2);
        assertThat(figure(home, "figure-penalties")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void profileShowsBasicInformationAndTabsLinkingToDetails() {
        WebClient client = new WebClient(port);

        String licenses = client.get("/subjects/" + company.code()).body();
        String penalties = client.get("/subjects/" + company.code() + "?tab=penalties").body();

        assertThat(licenses).contains(company.name(), company.code(), "李四", "数据更新时间", "行政许可（2）",
                "行政处罚（2）", "href=\"/publicity/licenses/" + company.licenseIds().get(0) + "\"",
                "<link rel=\"canonical\" href=\"http://localhost:" + port + "/subjects/" + company.code() + "\"");
        assertThat(penalties).contains("href=\"/publicity/penalties/" + company.penaltyIds().get(1) + "\"", "罚款");
    }

    @Test
    void profileAddressesRedirectToTheCanonicalCreditCode() {
        WebClient client = new WebClient(port);

        HttpResponse<String> byId = client.get("/subjects/" + company.subjectId());
        HttpResponse<String> lowerCase = client.get("/subjects/" + company.code().toLowerCase());

        assertThat(byId.statusCode()).isEqualTo(301);
        assertThat(byId.headers().firstValue("Location").orElseThrow()).endsWith("/subjects/" + company.code());
        // a random code may have no letter; then its lower case is the canonical address itself
        assertThat(lowerCase.statusCode()).isEqualTo(company.code().matches("\\d+") ? 200 : 301);
        assertThat(client.get("/subjects/91320582000000000X").statusCode()).isEqualTo(404);
        assertThat(client.get("/subjects/not-a-code").statusCode()).isEqualTo(404);
    }

    @Test
    void listsFilterByKeywordDepartmentCategoryAndDate() {
        WebClient client = new WebClient(port);
        long scjg = departments.findByCode("scjg").orElseThrow().id();
        long sthj = departments.findByCode("sthj").orElseThrow().id();
        String byName = "/publicity/licenses?q=" + enc(company.name());

        assertThat(count(client.get(byName).body(), "href=\"/publicity/licenses/")).isEqualTo(2);
        assertThat(count(client.get(byName + "&department=" + scjg).body(), "href=\"/publicity/licenses/"))
                .isEqualTo(2);
        assertThat(client.get(byName + "&department=" + sthj).body()).contains("id=\"list-empty\"");
        assertThat(client.get(byName + "&category=" + enc("特许")).body()).contains("id=\"list-empty\"");
        assertThat(count(client.get(byName + "&category=" + enc("普通") + "&from=2026-11-01&to=2026-11-02").body(),
                "href=\"/publicity/licenses/")).isEqualTo(2);
        assertThat(client.get(byName + "&from=2026-11-03").body()).contains("id=\"list-empty\"");
        assertThat(count(client.get("/publicity/penalties?q=" + enc(company.name()) + "&category=" + enc("罚款"))
                .body(), "href=\"/publicity/penalties/")).isEqualTo(2);
        // a decision number finds its record too
        String wsh = jdbc.queryForObject("select wsh from publicity_penalty where id = ?", String.class,
                company.penaltyIds().get(0));
        assertThat(client.get("/publicity/penalties?q=" + enc(wsh)).body())
                .contains("href=\"/publicity/penalties/" + company.penaltyIds().get(0) + "\"");
    }

    @Test
    void keysetPagingWalksForwardAndBackWithoutOffsets() {
        // 45 licenses with the same decision date: the id breaks the tie
        WebClient client = new WebClient(port);
        String base = "/publicity/licenses?q=" + enc(many.name());

        String first = client.get(base).body();
        String second = client.get(nextLink(first)).body();
        String third = client.get(nextLink(second)).body();
        String backToSecond = client.get(link(third, "prev")).body();

        assertThat(count(first, "href=\"/publicity/licenses/")).isEqualTo(20);
        assertThat(count(second, "href=\"/publicity/licenses/")).isEqualTo(20);
        assertThat(count(third, "href=\"/publicity/licenses/")).isEqualTo(5);
        assertThat(link(third, "next")).isNull();
        assertThat(ids(backToSecond)).isEqualTo(ids(second));
        assertThat(ids(first + second + third)).hasSize(45).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(many.licenseIds().stream().map(String::valueOf).toList());
    }

    @Test
    void licenseDetailShowsEveryPublicField() {
        String body = new WebClient(port).get("/publicity/licenses/" + company.licenseIds().get(0)).body();

        assertThat(body).contains(company.name(), company.code(), "李四", "食品经营许可决定书", "普通", "准予食品经营许可",
                "2026-11-02", "长期", "张家港市市场监督管理局", "11320582014160056E",
                "href=\"/subjects/" + company.code() + "\"");
    }

    @Test
    void penaltyDetailShowsEveryPublicField() {
        String body = new WebClient(port).get("/publicity/penalties/" + company.penaltyIds().get(0)).body();

        assertThat(body).contains(company.name(), "未按规定安装油烟净化设施", "经查，当事人未按规定安装油烟净化设施",
                "《中华人民共和国大气污染防治法》第一百一十八条", "罚款人民币5000元", "0.5", "2026-11-20", "2027-11-04",
                "苏州市张家港生态环境局", "11320582MB1957349P");
    }

    @Test
    void naturalPersonsRecordsAreNotListedAndTheirDetailIsNotFound() {
        // domain.md §6 / decision 8: credit.publicity.natural-person-listing is off by default
        WebClient client = new WebClient(port);

        assertThat(client.get("/publicity/penalties/" + person.penaltyId()).statusCode()).isEqualTo(404);
        assertThat(client.get("/publicity/penalties").body())
                .doesNotContain("href=\"/publicity/penalties/" + person.penaltyId() + "\"");
        assertThat(client.get("/publicity/licenses/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void statisticsShowTablesAndServeTheChartData() {
        WebClient client = new WebClient(port);

        String page = client.get("/statistics").body();
        HttpResponse<String> data = client.get("/statistics/data");

        assertThat(page).contains("id=\"table-months\"", "id=\"table-departments\"", "id=\"table-kinds\"",
                "苏州市张家港生态环境局", "罚款", "/assets/js/statistics.js", "echarts.min.js");
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.headers().firstValue("Content-Type").orElseThrow()).contains("application/json");
        assertThat(data.body()).contains("\"months\"", "\"penaltyKinds\"", "罚款", "2026-11");
    }

    @Test
    void pagesRenderInEnglishToo() {
        WebClient client = new WebClient(port);

        assertThat(client.get("/publicity/penalties?lang=en").body()).contains("Administrative penalties");
        assertThat(client.get("/statistics?lang=en").body()).contains("Statistics");
        client.get("/?lang=zh_CN");
    }

    private static long figure(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([\\d,]+)<").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static String nextLink(String html) {
        return link(html, "next");
    }

    private static String link(String html, String rel) {
        Matcher m = Pattern.compile("rel=\"" + rel + "\"\\s+href=\"([^\"]+)\"").matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    private static java.util.List<String> ids(String html) {
        Matcher m = Pattern.compile("href=\"/publicity/licenses/(\\d+)\"").matcher(html);
        java.util.List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
