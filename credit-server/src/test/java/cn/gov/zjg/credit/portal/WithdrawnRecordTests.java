package cn.gov.zjg.credit.portal;

import java.util.List;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.publication.PublishedRecords;
import cn.gov.zjg.credit.review.RevocationReview;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.Pipeline;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.gov.zjg.credit.portal.PortalSearchTests.enc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A withdrawn penalty (revoked, domain.md §3.1; or past its maximum publicity period, §3.4) is shown nowhere public
 * any more, although every page showing it was cached just before.
 */
@CreditIntegrationTest
class WithdrawnRecordTests {

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
    PublishedRecords published;

    @Autowired
    DepartmentService departments;

    @Autowired
    RevocationReview revocations;

    @Test
    void aRevokedPenaltyDisappearsFromEveryPageIncludingCachedOnes() throws Exception {
        // given: a published penalty, and every page showing it already in the cache
        PortalFixtures.Company company = new PortalFixtures(pipeline, jdbc, refresh, review)
                .company("张家港市" + PortalFixtures.uniqueWord() + "化工有限公司", 0, 1);
        long penalty = company.penaltyIds().get(0);
        WebClient client = new WebClient(port);
        List<String> pages = pagesShowing(company);
        pages.forEach(page -> assertThat(client.get(page).body()).as(page).contains(link(penalty)));
        assertThat(client.get("/publicity/penalties/" + penalty).statusCode()).isEqualTo(200);

        // when: the department asks for revocation and a reviewer approves it
        long sthj = departments.findByCode("sthj").orElseThrow().id();
        long revocation = published.requestRevocation(RecordType.PENALTY, penalty, "处罚决定已被复议机关撤销", sthj,
                "clerk-sthj");
        assertThat(revocations.decide(revocation, true, "reviewer", "同意撤销")).isTrue();

        // then
        assertThat(jdbc.queryForObject("select status from publicity_penalty where id = ?", String.class, penalty))
                .isEqualTo("REVOKED");
        assertGone(client, company, penalty, pages);
    }

    @Test
    void aPenaltyPastItsMaximumPublicityPeriodDisappearsEverywhere() throws Exception {
        // given: 罚款 decided 2026-11-01 is 一般, public until 2027-11-01 at most (domain.md §3.2)
        PortalFixtures.Company company = new PortalFixtures(pipeline, jdbc, refresh, review)
                .company("张家港市" + PortalFixtures.uniqueWord() + "建材有限公司", 0, 1, "2026/11/01");
        long penalty = company.penaltyIds().get(0);
        WebClient client = new WebClient(port);
        List<String> pages = pagesShowing(company);
        pages.forEach(page -> assertThat(client.get(page).body()).as(page).contains(link(penalty)));

        // when: the lifecycle job runs on the day after the maximum end
        assertThat(pipeline.run("publicityLifecycle", "date=2027-11-02")).isEqualTo("SUCCEEDED");

        // then
        assertThat(jdbc.queryForObject("select status from publicity_penalty where id = ?", String.class, penalty))
                .isEqualTo("STOPPED");
        assertGone(client, company, penalty, pages);
    }

    private static List<String> pagesShowing(PortalFixtures.Company company) {
        return List.of("/publicity/penalties?q=" + enc(company.name()),
                "/publicity/penalties?q=" + enc(company.name()) + "&category=" + enc("罚款"),
                "/subjects/" + company.code() + "?tab=penalties");
    }

    private void assertGone(WebClient client, PortalFixtures.Company company, long penalty, List<String> pages) {
        pages.forEach(page -> assertThat(client.get(page).body()).as(page).doesNotContain(link(penalty)));
        assertThat(client.get("/publicity/penalties/" + penalty).statusCode()).isEqualTo(404);
        assertThat(client.get("/subjects/" + company.code()).body()).contains("行政处罚（0）");
    }

    private static String link(long penalty) {
        return "href=\"/publicity/penalties/" + penalty + "\"";
    }
}
