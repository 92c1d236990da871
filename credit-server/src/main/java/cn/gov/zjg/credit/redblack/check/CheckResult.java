package cn.gov.zjg.credit.redblack.check;

import java.util.List;
import java.util.regex.Pattern;

import cn.gov.zjg.credit.shared.Masking;
import cn.gov.zjg.credit.validation.CreditCode;

/**
 * What a credit check says about one code: whether it is a valid 统一社会信用代码 or ID number, the subject's name
 * (masked for natural persons), its published red and black list entries, its serious penalties in publicity, and the
 * measures (联合奖惩措施) of its lists. Natural persons' numbers are never echoed back beyond what the caller sent.
 */
public record CheckResult(String code, boolean valid, String subjectName, List<EntryHit> redEntries,
        List<EntryHit> blackEntries, List<PenaltyHit> penalties, List<String> measures) {

    private static final Pattern ID_LIKE = Pattern.compile("\\d{15}|\\d{17}[\\dX]");

    /**
     * The code as it may be shown or sent back: a credit code as given, anything shaped like an ID number masked
     * (first 6 + 8 stars + last 4, domain.md decision 8), valid or not.
     */
    public String displayCode() {
        return !CreditCode.isValid(code) && ID_LIKE.matcher(code).matches() ? Masking.idNumber(code) : code;
    }

    /** Flagged for punishment: on a black list or with a serious penalty in publicity. */
    public boolean flagged() {
        return !blackEntries.isEmpty() || !penalties.isEmpty();
    }

    /** CLEAR, RED, FLAGGED or INVALID: the message key suffix of the conclusion. */
    public String conclusion() {
        if (!valid) {
            return "INVALID";
        }
        if (flagged()) {
            return "FLAGGED";
        }
        return redEntries.isEmpty() ? "CLEAR" : "RED";
    }
}
