package cn.gov.zjg.credit.portal;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.Pipeline;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** 信用查询 (issue 6): by credit code, by name prefix and by a word contained in the name, paged and capped. */
@CreditIntegrationTest
class PortalSearchTests {

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

    private static PortalFixtures.Company company;
    private static String word;

    @BeforeEach
    void publishOnce() throws Exception {
        if (company == null) {
            word = PortalFixtures.uniqueWord();
            company = new PortalFixtures(pipeline, jdbc, refresh, review).company("张家港市" + word + "精密机械有限公司", 1, 1);
        }
    }

    @Test
    void findsASubjectByItsExactCreditCodeInAnySpelling() {
        WebClient client = new WebClient(port);
        String fullWidthLower = company.code().toLowerCase().chars()
                .mapToObj(c -> Character.isLetterOrDigit(c) ? String.valueOf((char) (c + 0xFEE0)) : String.valueOf((char) c))
                .reduce("", String::concat);

        for (String q : new String[] {company.code(), company.code().toLowerCase(), " " + fullWidthLower + " "}) {
            HttpResponse<String> page = client.get("/search?q=" + enc(q));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).as(q).contains(company.name(), company.code(), "李四",
                    "href=\"/subjects/" + company.code() + "\"");
        }
    }

    @Test
    void findsASubjectByTheBeginningOfItsName() {
        String body = new WebClient(port).get("/search?q=" + enc("张家港市" + word)).body();

        assertThat(body).contains(company.name(), "共找到 1 个主体");
    }

    @Test
    void findsASubjectByAWordInsideItsName() {
        // neither a prefix nor a whole word: MariaDB's and MySQL's full-text parsers differ here, the bigram index not
        WebClient client = new WebClient(port);

        assertThat(client.get("/search?q=" + enc(word + "精密")).body()).contains(company.name());
        assertThat(client.get("/search?q=" + enc(word.substring(1) + "精")).body()).contains(company.name());
        assertThat(client.get("/search?q=" + enc(word + "精密化工")).body()).doesNotContain(company.name())
                .contains("未找到");
    }

    @Test
    void pagesResultsTwentyAtATime() throws Exception {
        // given: 23 companies sharing a word
        String shared = PortalFixtures.uniqueWord();
        var batch = cn.gov.zjg.credit.submission.excel.Workbooks.licenseRows(23, (i, row) -> {
            row.put("统一社会信用代码", cn.gov.zjg.credit.support.TestCodes.creditCode());
            row.put("行政相对人名称", "苏州" + shared + "贸易" + (char) ('甲' + i) + "有限公司");
            row.put("行政许可决定文书号", "张市监许〔2026〕页" + System.nanoTime() + "-" + i + "号");
        });
        var uploaded = pipeline.uploadAndValidate(cn.gov.zjg.credit.submission.RecordType.LICENSE, "scjg", batch);
        review.approveBatch(uploaded.id(), "reviewer");
        pipeline.publish(uploaded);
        PortalFixtures.awaitPublicationListeners(pipeline, refresh);
        WebClient client = new WebClient(port);

        // when
        String first = client.get("/search?q=" + enc(shared + "贸易")).body();
        String second = client.get("/search?q=" + enc(shared + "贸易") + "&page=2").body();

        // then
        assertThat(first).contains("共找到 23 个主体", "page=2");
        assertThat(count(first, "class=\"portal-result\"")).isEqualTo(20);
        assertThat(count(second, "class=\"portal-result\"")).isEqualTo(3);
    }

    @Test
    void naturalPersonsAreNeverSearchable() throws Exception {
        // domain.md §6: natural persons are not listed publicly
        String name = "欧阳" + PortalFixtures.uniqueWord().substring(0, 2);
        PortalFixtures.Person person = new PortalFixtures(pipeline, jdbc, refresh, review).person(name);
        WebClient client = new WebClient(port);

        for (String q : new String[] {name, person.idNumber(), name.substring(0, 2) + "*"}) {
            String body = client.get("/search?q=" + enc(q)).body();
            // the visitor's own query is echoed in the search box; no result is shown
            assertThat(body).contains("未找到");
            assertThat(count(body, "class=\"portal-result\"")).isZero();
        }
    }

    @Test
    void theRebuildJobRestoresTheNameIndex() {
        jdbc.update("delete from portal_name_token where subject_id = ?", company.subjectId());
        assertThat(new WebClient(port).get("/search?q=" + enc(word + "精密")).body()).doesNotContain(company.name());

        assertThat(pipeline.run("rebuildSubjectNameIndex", null)).isEqualTo("SUCCEEDED");

        assertThat(jdbc.queryForObject("select count(*) from portal_name_token where subject_id = ?", Long.class,
                company.subjectId())).isGreaterThan(5);
    }

    @Test
    void anEmptyQueryShowsTheFormOnly() {
        HttpResponse<String> page = new WebClient(port).get("/search");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"q\"").doesNotContain("共找到", "未找到");
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
