package cn.gov.zjg.credit.submission.push;

import java.util.Arrays;

/**
 * A push call refused as a whole; becomes a {@code ProblemDetail} in {@link PushProblemAdvice}. Arguments fill the
 * bundle's detail text, so they must never hold a secret or a record value.
 */
class PushProblem extends RuntimeException {

    private final PushError error;
    private final transient Object[] args;
    private final Long retryAfterSeconds;

    PushProblem(PushError error, Object... args) {
        this(error, null, args);
    }

    private PushProblem(PushError error, Long retryAfterSeconds, Object... args) {
        super(error.code() + Arrays.toString(args), null, false, false);
        this.error = error;
        this.args = args;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static PushProblem rateLimited(long retryAfterSeconds, Object... args) {
        return new PushProblem(PushError.RATE_LIMITED, retryAfterSeconds, args);
    }

    PushError error() {
        return error;
    }

    Object[] args() {
        return args.clone();
    }

    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
