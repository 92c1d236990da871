package cn.gov.zjg.credit.portal;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.zjg.credit.shared.Masking;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.Pipeline;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** 个人信用自查 (domain.md §6, decision 8): own records, masked, behind a captcha, every query logged. */
@CreditIntegrationTest
class SelfQueryTests {

    private static final Pattern CAPTCHA_ID = Pattern.compile("name=\"captchaId\" value=\"([0-9a-f]{32})\"");

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

    private static PortalFixtures.Person person;
    private static long personId;

    @BeforeEach
    void publishOnce() throws Exception {
        if (person == null) {
            person = new PortalFixtures(pipeline, jdbc, refresh, review).person("诸葛" + PortalFixtures.uniqueWord().substring(0, 2));
            personId = jdbc.queryForObject("select natural_person_id from publicity_penalty where id = ?", Long.class,
                    person.penaltyId());
        }
    }

    @Test
    void aPersonSeesTheirOwnRecordsMaskedAndTheQueryIsLogged() {
        WebClient client = new WebClient(port);
        String wsh = jdbc.queryForObject("select wsh from publicity_penalty where id = ?", String.class,
                person.penaltyId());
        long before = logCount();

        // the ID number typed in lower case and full width still matches
        HttpResponse<String> result = query(client, person.name(), person.idNumber());

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("id=\"self-query-result\"", Masking.personName(person.name()),
                Masking.idNumber(person.idNumber()), wsh, "行政处罚（1 条）")
                .doesNotContain(person.idNumber(), person.name());
        Map<String, Object> log = lastLog();
        assertThat(log.get("outcome")).isEqualTo("FOUND");
        assertThat(((Number) log.get("natural_person_id")).longValue()).isEqualTo(personId);
        assertThat(log.get("client_ip")).isNotNull();
        assertThat(logCount()).isEqualTo(before + 1);
    }

    @Test
    void aWrongNameAndAnUnknownNumberGetTheSameAnswer() {
        WebClient client = new WebClient(port);

        String wrongName = query(client, "张三丰", person.idNumber()).body();
        assertThat(lastLog().get("outcome")).isEqualTo("NAME_MISMATCH");
        assertThat(lastLog().get("natural_person_id")).isNull();
        String unknown = query(client, person.name(), "11010519491231002X").body();
        assertThat(lastLog().get("outcome")).isEqualTo("NOT_FOUND");

        assertThat(wrongName).contains("id=\"self-query-none\"").doesNotContain("self-query-result");
        assertThat(unknown).contains("id=\"self-query-none\"").doesNotContain("self-query-result");
    }

    @Test
    void aWrongOrReusedCaptchaIsRefused() {
        WebClient client = new WebClient(port);
        String form = client.get("/self-query").body();
        String id = captchaId(form);
        client.get("/captcha/" + id);
        String answer = redis.opsForValue().get(PortalCaptcha.PREFIX + id);

        HttpResponse<String> wrong = client.post("/self-query", Map.of("name", person.name(), "idNumber",
                person.idNumber(), "captchaId", id, "captchaAnswer", answer + "x"));
        HttpResponse<String> reused = client.post("/self-query", Map.of("name", person.name(), "idNumber",
                person.idNumber(), "captchaId", id, "captchaAnswer", answer));

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("验证码错误").doesNotContain("self-query-result", person.idNumber());
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(lastLog().get("outcome")).isEqualTo("BAD_CAPTCHA");
    }

    @Test
    void theFormNeedsTheCsrfTokenLikeEveryPost() {
        WebClient client = new WebClient(port);
        String id = captchaId(client.get("/self-query").body());

        HttpResponse<String> forged = client.postRaw("/self-query", Map.of("name", person.name(), "idNumber",
                person.idNumber(), "captchaId", id, "captchaAnswer", "abcd"));

        assertThat(forged.statusCode()).isEqualTo(403);
    }

    HttpResponse<String> query(WebClient client, String name, String idNumber) {
        return query(client, redis, name, idNumber);
    }

    /** The self-query of {@code person} by themselves. */
    HttpResponse<String> queryAs(WebClient client, StringRedisTemplate redis, PortalFixtures.Person person) {
        return query(client, redis, person.name(), person.idNumber());
    }

    /** Loads the form, draws its captcha as a browser would, reads the answer from Redis and submits. */
    static HttpResponse<String> query(WebClient client, StringRedisTemplate redis, String name, String idNumber) {
        String id = captchaId(client.get("/self-query").body());
        assertThat(client.download("/captcha/" + id).headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("image/png");
        String answer = redis.opsForValue().get(PortalCaptcha.PREFIX + id);
        return client.post("/self-query", Map.of("name", " " + name, "idNumber", fullWidthLower(idNumber),
                "captchaId", id, "captchaAnswer", answer));
    }

    static String captchaId(String html) {
        Matcher m = CAPTCHA_ID.matcher(html);
        assertThat(m.find()).as("captcha id in the form").isTrue();
        return m.group(1);
    }

    private static String fullWidthLower(String id) {
        StringBuilder out = new StringBuilder();
        id.toLowerCase().chars().forEach(c -> out.append((char) (c + 0xFEE0)));
        return out.toString();
    }

    private Map<String, Object> lastLog() {
        return jdbc.queryForMap("select * from portal_self_query_log order by id desc limit 1");
    }

    private long logCount() {
        return jdbc.queryForObject("select count(*) from portal_self_query_log", Long.class);
    }
}
