package cn.gov.zjg.credit.submission.excel;

import cn.gov.zjg.credit.shared.BusinessRuleException;

/** A file refused as a whole, with a message key that tells the clerk what to fix. */
public class IntakeRefusal extends BusinessRuleException {

    public IntakeRefusal(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
