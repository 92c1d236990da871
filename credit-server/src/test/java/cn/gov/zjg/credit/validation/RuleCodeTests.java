package cn.gov.zjg.credit.validation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import cn.gov.zjg.credit.submission.RecordType;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every rule can be explained to a clerk and to an administrator, in both languages. */
class RuleCodeTests {

    @Test
    void everyRuleMessageAndNameExistsInBothBundles() throws IOException {
        List<String> keys = new ArrayList<>();
        for (RuleCode rule : RuleCode.values()) {
            rule.details().forEach(detail -> keys.add(rule.messageKey(detail)));
            keys.add("validation.rules.name." + rule.name());
        }
        for (Severity severity : Severity.values()) {
            keys.add("validation.severity." + severity.name());
        }

        assertThat(bundle("i18n/messages.properties").stringPropertyNames()).containsAll(keys);
        assertThat(bundle("i18n/messages_en.properties").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void messageKeysNameTheRuleAndOnlyDeclaredDetails() {
        assertThat(RuleCode.REQUIRED.messageKey("")).isEqualTo("validation.rule.REQUIRED");
        assertThat(RuleCode.CREDIT_CODE.messageKey("checkDigit")).isEqualTo("validation.rule.CREDIT_CODE.checkDigit");
        assertThatThrownBy(() -> RuleCode.CREDIT_CODE.messageKey("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountRulesApplyToPenaltiesOnly() {
        assertThat(RuleCode.forType(RecordType.LICENSE)).doesNotContain(RuleCode.AMOUNT_FINE, RuleCode.PUBLICITY_END)
                .contains(RuleCode.REQUIRED, RuleCode.REPORTED_LATE);
        assertThat(RuleCode.forType(RecordType.PENALTY)).contains(RuleCode.AMOUNT_FINE, RuleCode.LICENCE_SUSPENDED);
    }

    @Test
    void lateReportingIsAWarningByDefault_decision7() {
        assertThat(RuleCode.REPORTED_LATE.defaultSeverity()).isEqualTo(Severity.WARNING);
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
