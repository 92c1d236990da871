package cn.gov.zjg.credit.validation;

import java.net.http.HttpResponse;
import java.util.Map;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.gov.zjg.credit.submission.RecordType.PENALTY;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrators' page at /console/validation/rules: switching a rule, the audit trail, who may use it. */
@CreditIntegrationTest
class RuleSettingsConsoleTests {

    private static final String PAGE = "/console/validation/rules";

    @LocalServerPort
    int port;

    @Autowired
    RuleSettingsService settings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void administratorSwitchesARuleToWarningAndTheOperationIsLogged() {
        // given
        WebClient admin = new WebClient(port);
        admin.login("admin", "Demo@2026");
        HttpResponse<String> page = admin.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("校验规则", "AMOUNT_FINE", "处罚类别含罚款时须填写罚款金额")
                .contains("/console/validation/rules/PENALTY/AMOUNT_FINE/WARNING");

        try {
            // when
            HttpResponse<String> saved = admin.post(PAGE + "/PENALTY/AMOUNT_FINE/WARNING", Map.of());

            // then
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(jdbc.queryForObject("select severity from validation_rule_setting "
                    + "where record_type = 'PENALTY' and rule_code = 'AMOUNT_FINE'", String.class))
                    .isEqualTo("WARNING");
            assertThat(settings.severities(PENALTY)).containsEntry(RuleCode.AMOUNT_FINE, Severity.WARNING);
            assertThat(admin.get(PAGE).body()).contains("校验规则已保存");
            assertThat(jdbc.queryForList("select target from operation_log where module = 'validation' "
                    + "and action = 'setRuleSeverity' and username = 'admin' and success = 1", String.class))
                    .anySatisfy(target -> assertThat(target).contains("PENALTY", "AMOUNT_FINE", "WARNING"));
        } finally {
            settings.update(PENALTY, RuleCode.AMOUNT_FINE, Severity.ERROR, "admin");
            jdbc.update("delete from validation_rule_setting where rule_code = 'AMOUNT_FINE'");
        }
    }

    @Test
    void refusesARuleThatDoesNotApplyToTheRecordType() {
        WebClient admin = new WebClient(port);
        admin.login("admin", "Demo@2026");
        admin.get(PAGE);

        HttpResponse<String> response = admin.post(PAGE + "/LICENSE/AMOUNT_FINE/OFF", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(admin.get(PAGE).body()).contains("规则 AMOUNT_FINE 不适用于行政许可数据");
        assertThat(jdbc.queryForObject("select count(*) from validation_rule_setting where record_type = 'LICENSE' "
                + "and rule_code = 'AMOUNT_FINE'", Long.class)).isZero();
    }

    @Test
    void onlyAdministratorsSeeAndChangeTheRules() {
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-scjg", "Demo@2026");
        WebClient reviewer = new WebClient(port);
        reviewer.login("reviewer", "Demo@2026");
        WebClient admin = new WebClient(port);
        admin.login("admin", "Demo@2026");

        assertThat(clerk.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(clerk.post(PAGE + "/PENALTY/AMOUNT_FINE/OFF", Map.of()).statusCode()).isEqualTo(403);
        assertThat(reviewer.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(clerk.get("/console").body()).doesNotContain(PAGE);
        assertThat(admin.get("/console").body()).contains(PAGE);
        assertThat(jdbc.queryForObject("select count(*) from validation_rule_setting where updated_by = 'clerk-scjg'",
                Long.class)).isZero();
    }
}
