package cn.gov.zjg.credit.shared;

import java.util.Arrays;

/**
 * A domain rule refused an action. Carries a message key and its arguments; the UI resolves the text from the
 * bundles, so no internal detail is ever echoed to the user.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BusinessRuleException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
