package cn.gov.zjg.credit.validation.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.zjg.credit.validation.RuleCode;

/**
 * Penalty amounts and licences consistent with 处罚类别 (domain.md §1.6 rule 4). Amounts are in 万元: a fine of
 * 2000 元 is 0.2 (§1.4 worked example). Legacy 1.0 kinds are recognised by their words (没收…, 暂扣…, 吊销…).
 */
final class PenaltyChecks {

    static final String FINE = "罚款";
    /** A yuan figure in 处罚内容, e.g. 罚款2000元 or 罚款 2,000.00 元; 2000万元 is not one. */
    private static final Pattern YUAN = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*元");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private PenaltyChecks() {
    }

    static void check(RecordValues record, Findings findings) {
        List<String> kinds = record.values("CF_CFLB");
        fine(record, kinds.contains(FINE), findings);
        confiscation(record, kinds.stream().anyMatch(kind -> kind.startsWith("没收")), findings);
        if (kinds.stream().anyMatch(kind -> kind.contains("暂扣") || kind.contains("吊销"))
                && record.isBlank("CF_NR_ZKDX")) {
            findings.add(RuleCode.LICENCE_SUSPENDED, "CF_NR_ZKDX", "", record.name("CF_NR_ZKDX"));
        }
    }

    private static void fine(RecordValues record, boolean fined, Findings findings) {
        String field = "CF_NR_FK";
        BigDecimal amount = record.amount(field);
        if (amount == null) {
            if (fined) {
                findings.add(RuleCode.AMOUNT_FINE, field, "missing", record.name(field));
            }
        } else if (amount.signum() < 0 || (fined && amount.signum() == 0)) {
            findings.add(RuleCode.AMOUNT_FINE, field, "notPositive", record.name(field));
        } else if (!fined && amount.signum() > 0) {
            findings.add(RuleCode.AMOUNT_WITHOUT_CATEGORY, field, "", record.name(field), FINE);
        } else if (enteredInYuan(record.text("CF_NR"), amount)) {
            findings.add(RuleCode.AMOUNT_UNIT, field, "", record.name(field), amount.toPlainString(),
                    amount.divide(TEN_THOUSAND).stripTrailingZeros().toPlainString());
        }
    }

    private static void confiscation(RecordValues record, boolean confiscated, Findings findings) {
        String field = "CF_NR_WFFF";
        BigDecimal amount = record.amount(field);
        if (amount == null) {
            if (confiscated) {
                findings.add(RuleCode.AMOUNT_CONFISCATION, field, "missing", record.name(field));
            }
        } else if (amount.signum() < 0) {
            findings.add(RuleCode.AMOUNT_CONFISCATION, field, "negative", record.name(field));
        } else if (!confiscated && amount.signum() > 0) {
            findings.add(RuleCode.AMOUNT_WITHOUT_CATEGORY, field, "", record.name(field), "没收违法所得、没收非法财物");
        }
    }

    /** The amount equals a yuan figure of the decision text: the clerk typed 元 where the standard wants 万元. */
    private static boolean enteredInYuan(String content, BigDecimal amount) {
        if (content == null || amount.compareTo(BigDecimal.ONE) < 0) {
            return false;
        }
        Matcher m = YUAN.matcher(content);
        while (m.find()) {
            if (new BigDecimal(m.group(1).replace(",", "")).compareTo(amount) == 0) {
                return true;
            }
        }
        return false;
    }
}
