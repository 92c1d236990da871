package cn.gov.zjg.credit.portal;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import cn.gov.zjg.credit.redblack.EntryService;
import cn.gov.zjg.credit.redblack.RedBlackFixtures;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.Pipeline;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.gov.zjg.credit.portal.PortalSearchTests.enc;
import static org.assertj.core.api.Assertions.assertThat;

/** Red/black list status on the portal (issues 6 and 7): badges in search and profile, the profile's list tab. */
@CreditIntegrationTest
class RedBlackOnPortalTests {

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
    EntryService entries;

    @Test
    void aBlackListedCompanyShowsItsBadgeInSearchAndProfileAndItsEntryInTheTab() throws Exception {
        // given: a published company, then a black list entry for it proposed by form and approved
        PortalFixtures.Company company = new PortalFixtures(pipeline, jdbc, refresh, review)
                .company("张家港市" + PortalFixtures.uniqueWord() + "实业有限公司", 1, 0);
        WebClient visitor = new WebClient(port);
        String home = visitor.get("/").body();
        assertThat(visitor.get("/search?q=" + company.code()).body()).doesNotContain("失信惩戒对象");
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-scjg", "Demo@2026");
        clerk.get("/console/redblack/entries/new");
        HttpResponse<String> proposed = clerk.post("/console/redblack/entries", RedBlackFixtures.blackForm(
                company.name(), company.code(), "张市监失〔2026〕" + System.nanoTime() + "号",
                LocalDate.now().plusYears(3)));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(302);
        long entry = Long.parseLong(proposed.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));

        // when
        assertThat(entries.approve(List.of(entry), "reviewer")).isEqualTo(1);

        // then
        assertThat(visitor.get("/search?q=" + enc(company.name())).body()).contains("失信惩戒对象",
                "portal-badge-black");
        assertThat(visitor.get("/subjects/" + company.code()).body()).contains("失信惩戒对象");
        String tab = visitor.get("/subjects/" + company.code() + "?tab=redblack").body();
        assertThat(tab).contains("id=\"subject-redblack\"", "href=\"/blacklist/" + entry + "\"",
                "张家港市市场监督管理局");
        assertThat(figure(visitor.get("/").body(), "figure-blacklist")).isGreaterThan(figure(home, "figure-blacklist"));
    }

    private static long figure(String html, String id) {
        var m = java.util.regex.Pattern.compile("id=\"" + id + "\"><a href=\"[^\"]+\">([\\d,]+)<").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
