package cn.gov.zjg.credit.portal;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.Pipeline;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.gov.zjg.credit.portal.PortalSearchTests.enc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * domain.md §6 / decision 8: no public page or response shows a natural person's full ID number or unmasked name. The
 * test crawls every page reachable from the home page (lists, filters, pagers, profiles, details, statistics and its
 * JSON), adds the addresses of the natural person's own record and the self-query result, and checks every body
 * against every natural person's ID number in the database and the test person's name.
 */
@CreditIntegrationTest
class PersonalDataLeakTests {

    private static final Pattern LINK = Pattern.compile("(?:href|src|data-source)=\"(/[^\"]*)\"");
    private static final int MAX_PAGES = 400;

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

    @Autowired
    PersonalDataProtection protection;

    @Test
    void noPublicPageShowsAFullIdNumberOrAnUnmaskedName() throws Exception {
        // given: a natural person with a penalty (and a second record as a legal person's neighbour)
        PortalFixtures fixtures = new PortalFixtures(pipeline, jdbc, refresh, review);
        PortalFixtures.Person person = fixtures.person("上官" + PortalFixtures.uniqueWord().substring(0, 2));
        PortalFixtures.Company company = fixtures.company("张家港市" + PortalFixtures.uniqueWord() + "电子有限公司", 1, 1);
        List<String> secrets = new ArrayList<>(jdbc.queryForList("select id_enc from natural_person", byte[].class)
                .stream().map(protection::decryptText).toList());
        secrets.add(person.name());
        WebClient client = new WebClient(port);

        // when: every page reachable from home, plus the addresses a visitor could try
        Set<String> visited = crawl(client, List.of("/", "/search?q=" + enc(company.name()),
                "/search?q=" + enc(person.name().substring(0, 1) + "*"),
                "/publicity/penalties/" + person.penaltyId(), "/subjects/" + company.code() + "?tab=penalties",
                "/statistics/data", "/about", "/self-query"), secrets);
        HttpResponse<String> selfQuery = new SelfQueryTests().queryAs(client, redis, person);

        // then
        assertThat(visited).hasSizeGreaterThan(20).contains("/publicity/penalties/" + company.penaltyIds().get(0));
        assertThat(selfQuery.body()).contains("self-query-result");
        secrets.forEach(secret -> assertThat(selfQuery.body()).doesNotContain(secret));
    }

    private Set<String> crawl(WebClient client, List<String> seeds, List<String> secrets) {
        Set<String> seen = new LinkedHashSet<>(seeds);
        Deque<String> queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String path = queue.poll();
            HttpResponse<String> response = client.get(path);
            assertThat(response.statusCode()).as(path).isIn(200, 301, 404, 429); // 429: /about's tiny test budget
            for (String secret : secrets) {
                assertThat(response.body()).as("%s shows personal data", path).doesNotContain(secret);
            }
            Matcher m = LINK.matcher(response.body());
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (follow(link) && seen.add(link)) {
                    queue.add(link);
                }
            }
        }
        return seen;
    }

    /** Public pages only; not the console, login, static files, captcha images or the language switch. */
    private static boolean follow(String link) {
        return !link.startsWith("/console") && !link.startsWith("/login") && !link.startsWith("/assets")
                && !link.startsWith("/webjars") && !link.startsWith("/captcha") && !link.startsWith("//")
                && !link.contains("lang=") && !link.startsWith("/redlist") && !link.startsWith("/blacklist");
    }
}
