package cn.gov.zjg.credit.validation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.gov.zjg.credit.submission.RecordType;

import static cn.gov.zjg.credit.validation.Severity.ERROR;
import static cn.gov.zjg.credit.validation.Severity.WARNING;

/**
 * The rules, each with a stable code (stored in settings and violations), its default severity, the record types it
 * applies to, and its message keys: {@code validation.rule.<CODE>} and, where one rule can fail in several ways,
 * {@code validation.rule.<CODE>.<detail>}. Defaults follow domain.md: rules it tags [C] or that protect the data are
 * errors; rules it tags [U] or that are heuristics are warnings. Administrators may change any of them.
 */
public enum RuleCode {

    /** Mandatory field of the standard, or a field the subject's category requires (§1.3, §1.4, §1.6 rules 1–3). */
    REQUIRED(ERROR, Types.BOTH, "", "forCategory"),
    /** Longer than the standard's maximum length ({@code FieldDef.maxLength()}). */
    LENGTH(ERROR, Types.BOTH, ""),
    /** Not a value of the field's dictionary (decision 2; each of several 处罚类别). */
    ENUM(ERROR, Types.BOTH, ""),
    /** 统一社会信用代码 of the subject fails GB 32100-2015 (§2.1). */
    CREDIT_CODE(ERROR, Types.BOTH, "format", "checkDigit"),
    /** The 个体工商户 placeholder {@code 00000000000000000X}: only for 个体工商户, only with 工商注册号 (§1.6 rule 2). */
    CREDIT_CODE_PLACEHOLDER(ERROR, Types.BOTH, "notIndividual", "needsRegistrationNo"),
    /** Positions 9–17 of a valid credit code fail GB 11714 (§2.1 "embedded org code", tagged [P]). */
    CREDIT_CODE_ORG_PART(WARNING, Types.BOTH, ""),
    /** An organisation's credit code that is a valid ID number: a natural person under the wrong category. */
    CREDIT_CODE_LOOKS_LIKE_ID(WARNING, Types.BOTH, ""),
    /** 证件号码 with 证件类型 身份证 fails GB 11643 (decision 4: 18 characters, upper-case X, a real birth date). */
    ID_CARD(ERROR, Types.BOTH, "format", "region", "birthDate", "checkDigit"),
    /** 组织机构代码 fails GB 11714-1997 (§2.3). */
    ORG_CODE(ERROR, Types.BOTH, "format", "checkDigit"),
    /** The deciding authority's 统一社会信用代码 is not a valid credit code (§1.6 rule 6). */
    AUTHORITY_CODE(ERROR, Types.BOTH, "format", "checkDigit"),
    /** The data source unit's 统一社会信用代码 is not a valid credit code (§1.6 rule 6). */
    SOURCE_CODE(ERROR, Types.BOTH, "format", "checkDigit"),
    /** 自然人 with organisation codes filled (§1.6 rule 3); the column would publish them unencrypted. */
    NATURAL_PERSON_CODES(ERROR, Types.BOTH, ""),
    /** 法定代表人 missing for an organisation or 个体工商户 (§1.3 row 9, tagged [U]). */
    LEGAL_REPRESENTATIVE(WARNING, Types.BOTH, ""),
    /** Decision date after the reporting date (§1.6 rule 5). */
    DATE_FUTURE(ERROR, Types.BOTH, ""),
    /** 有效期自 after 有效期至; 处罚决定日期 after 处罚有效期 or 公示截止期 (§1.6 rule 5). */
    DATE_ORDER(ERROR, Types.BOTH, ""),
    /** An end date after 2099/12/31, the standard's way of writing "long-term" (§1.3 row 22). */
    DATE_LONG_TERM(ERROR, Types.BOTH, ""),
    /** Reported more than 7 working days after the decision (§3.1, decision 7: a warning and a statistic). */
    REPORTED_LATE(WARNING, Types.BOTH, ""),
    /** 处罚类别 罚款 needs 罚款金额 &gt; 0 (万元); amounts are never negative (§1.6 rule 4). */
    AMOUNT_FINE(ERROR, Types.PENALTY, "missing", "notPositive"),
    /** 处罚类别 没收… needs 没收金额 (万元), never negative (§1.6 rule 4). */
    AMOUNT_CONFISCATION(ERROR, Types.PENALTY, "missing", "negative"),
    /** An amount without the 处罚类别 it belongs to (§1.6 rule 4, the other direction). */
    AMOUNT_WITHOUT_CATEGORY(WARNING, Types.PENALTY, ""),
    /** 罚款金额 equal to the yuan figure in 处罚内容: entered in 元 instead of 万元 (§1.4 worked example). */
    AMOUNT_UNIT(WARNING, Types.PENALTY, ""),
    /** 处罚类别 暂扣/吊销 needs 暂扣或吊销证照名称及编号 (§1.6 rule 4). */
    LICENCE_SUSPENDED(ERROR, Types.PENALTY, ""),
    /** 公示截止期 outside the publicity period of the tier derived from 处罚类别 (§3.2, decision 5). */
    PUBLICITY_END(WARNING, Types.PENALTY, "tooEarly", "tooLate");

    private static final String KEY_PREFIX = "validation.rule.";

    private final Severity defaultSeverity;
    private final Set<RecordType> recordTypes;
    private final List<String> details;

    RuleCode(Severity defaultSeverity, Set<RecordType> recordTypes, String... details) {
        this.defaultSeverity = defaultSeverity;
        this.recordTypes = recordTypes;
        this.details = List.of(details);
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public boolean appliesTo(RecordType type) {
        return recordTypes.contains(type);
    }

    /** Detail suffixes of the message keys; {@code ""} stands for the plain key {@code validation.rule.<CODE>}. */
    public List<String> details() {
        return details;
    }

    /** {@code validation.rule.<CODE>} or {@code validation.rule.<CODE>.<detail>}; the detail must be declared. */
    public String messageKey(String detail) {
        if (!details.contains(detail)) {
            throw new IllegalArgumentException(name() + " has no message detail '" + detail + "'");
        }
        return detail.isEmpty() ? KEY_PREFIX + name() : KEY_PREFIX + name() + "." + detail;
    }

    /** Rules that apply to a record type, in declaration order. */
    public static List<RuleCode> forType(RecordType type) {
        return EnumSet.allOf(RuleCode.class).stream().filter(rule -> rule.appliesTo(type)).toList();
    }

    private static final class Types {
        static final Set<RecordType> BOTH = EnumSet.allOf(RecordType.class);
        static final Set<RecordType> PENALTY = EnumSet.of(RecordType.PENALTY);
    }
}
