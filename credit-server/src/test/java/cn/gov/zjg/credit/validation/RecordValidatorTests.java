package cn.gov.zjg.credit.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.gov.zjg.credit.submission.RecordType.LICENSE;
import static cn.gov.zjg.credit.submission.RecordType.PENALTY;
import static cn.gov.zjg.credit.validation.ValidRecords.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The validator on the real database: dictionaries, calendar, publicity tiers and administrators' settings. */
@CreditIntegrationTest
class RecordValidatorTests {

    @Autowired
    RecordValidator validator;

    @Autowired
    RuleSettingsService settings;

    @Autowired
    AllowedValues allowedValues;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void completeRecordsPassWithTheSeededDictionaries() {
        assertThat(validator.validate(LICENSE, ValidRecords.license(), TODAY)).isEmpty();
        assertThat(validator.validate(PENALTY, ValidRecords.penalty(), TODAY)).isEmpty();
        assertThat(validator.validate(PENALTY, ValidRecords.penaltyOfPerson(), TODAY)).isEmpty();
    }

    @Test
    void rejectsAValueOutsideTheDictionary_decision2() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_XDR_LB", "企业");
        r.put("XK_ZT", "3");

        List<RuleViolation> violations = validator.validate(LICENSE, r, TODAY);

        assertThat(violations).extracting(RuleViolation::rule, RuleViolation::fieldCode)
                .containsExactly(tuple(RuleCode.ENUM, "XK_XDR_LB"), tuple(RuleCode.ENUM, "XK_ZT"));
        assertThat(violations.get(0).args()).containsExactly("行政相对人类别", "企业", "法人及非法人组织、自然人、个体工商户");
        assertThat(violations.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void checksEachOfSeveralPenaltyKinds_decision3() {
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_CFLB", "警告;罚款;罚金");

        List<RuleViolation> violations = validator.validate(PENALTY, r, TODAY);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(RuleCode.ENUM);
            assertThat(v.args().get(1)).isEqualTo("罚金");
        });
    }

    @Test
    void acceptsAValueAnAdministratorAddedToTheDictionary_decision2() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_XKLB", "备案");
        assertThat(validator.validate(LICENSE, r, TODAY)).extracting(RuleViolation::rule)
                .containsExactly(RuleCode.ENUM);

        jdbc.update("insert into dictionary_item (dict_code, item_value, label, sort_order) "
                + "values ('XKLB', '备案', '备案', 50)");
        try {
            allowedValues.evict();
            assertThat(validator.validate(LICENSE, r, TODAY)).isEmpty();
        } finally {
            jdbc.update("delete from dictionary_item where dict_code = 'XKLB' and item_value = '备案'");
            allowedValues.evict();
        }
    }

    @Test
    void warnsWhenReportedMoreThanSevenWorkingDaysAfterTheDecision_decision7() {
        // Fri 2025-09-26; then Sun 09-28 (make-up), 09-29, 09-30, National Day 10-01..08, 10-09, 10-10, Sat 10-11
        // (make-up), Mon 10-13: the seventh working day
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_JDRQ", LocalDate.of(2025, 9, 26));
        r.put("XK_YXQZ", LocalDate.of(2025, 9, 26));
        LocalDate today = LocalDate.of(2025, 11, 1);

        assertThat(validator.validate(LICENSE, r, today, LocalDate.of(2025, 10, 13))).isEmpty();
        List<RuleViolation> late = validator.validate(LICENSE, r, today, LocalDate.of(2025, 10, 14));

        assertThat(late).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(RuleCode.REPORTED_LATE);
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.fieldCode()).isEqualTo("XK_JDRQ");
            assertThat(v.args()).containsExactly("2025-09-26", "2025-10-13", "2025-10-14", "1");
        });
    }

    @Test
    void warnsWhenPublicityOutlastsTheTierDerivedFromThePenaltyKinds_decision5() {
        // 警告 + 罚款 decided 2026-05-06: 一般, 3 months to 1 year under the 2026 rule
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_GSJZQ", LocalDate.of(2028, 5, 6));

        List<RuleViolation> violations = validator.validate(PENALTY, r, TODAY);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("validation.rule.PUBLICITY_END.tooLate");
            assertThat(v.args()).containsExactly("2028-05-06", "2027-05-06", "一般", "2026-05-06");
        });

        r.put("CF_CFLB", "罚款;吊销许可证件"); // 严重: up to 3 years
        r.put("CF_NR_ZKDX", "食品经营许可证 JY13205820123456");
        assertThat(validator.validate(PENALTY, r, TODAY)).isEmpty();

        r.put("CF_GSJZQ", LocalDate.of(2026, 12, 31)); // before the 1-year minimum of 严重
        assertThat(validator.validate(PENALTY, r, TODAY)).extracting(RuleViolation::messageKey)
                .containsExactly("validation.rule.PUBLICITY_END.tooEarly");
    }

    @Test
    void appliesTheAdministratorsSeverityPerRecordType() {
        Map<String, Object> penalty = ValidRecords.penalty();
        penalty.remove("CF_NR_FK");
        Map<String, Object> license = ValidRecords.license();
        license.remove("XK_FRDB");
        try {
            settings.update(PENALTY, RuleCode.AMOUNT_FINE, Severity.WARNING, "test");
            assertThat(validator.validate(PENALTY, penalty, TODAY)).extracting(RuleViolation::severity)
                    .containsExactly(Severity.WARNING);

            settings.update(PENALTY, RuleCode.AMOUNT_FINE, Severity.OFF, "test");
            settings.update(PENALTY, RuleCode.LEGAL_REPRESENTATIVE, Severity.ERROR, "test");
            assertThat(validator.validate(PENALTY, penalty, TODAY)).isEmpty();
            // the license keeps the default: a warning
            assertThat(validator.validate(LICENSE, license, TODAY)).extracting(RuleViolation::severity)
                    .containsExactly(Severity.WARNING);
        } finally {
            settings.update(PENALTY, RuleCode.AMOUNT_FINE, Severity.ERROR, "test");
            settings.update(PENALTY, RuleCode.LEGAL_REPRESENTATIVE, Severity.WARNING, "test");
            jdbc.update("delete from validation_rule_setting where updated_by = 'test'");
        }
    }

    @Test
    void listsViolationsInTheOrderOfTheFields() {
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_SJLYDM", "1");
        r.remove("CF_NR_FK");
        r.remove("CF_XDR_MC");
        r.put("CF_CFLB", "罚金");

        assertThat(validator.validate(PENALTY, r, TODAY)).extracting(RuleViolation::fieldCode)
                .containsExactly("CF_XDR_MC", "CF_CFLB", "CF_SJLYDM");
    }
}
