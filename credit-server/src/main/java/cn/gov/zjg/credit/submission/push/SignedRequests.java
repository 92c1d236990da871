package cn.gov.zjg.credit.submission.push;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The push API's request authentication for other features' department APIs (red/black list entries, credit checks):
 * the same headers, signature (HMAC-SHA256 over method, path, timestamp, nonce and body hash), clock skew, nonce
 * replay protection, body size limit and per-department rate limit as {@code /api/v1/licenses}. A refusal is thrown
 * and answered as a problem by {@link PushProblemAdvice} for controllers annotated {@link SignedApi}.
 */
@Component
@NamedInterface("signed-api")
public class SignedRequests {

    private final PushProperties props;
    private final PushAuthenticator authenticator;
    private final PushRateLimiter rateLimiter;

    SignedRequests(PushProperties props, PushAuthenticator authenticator, PushRateLimiter rateLimiter) {
        this.props = props;
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
    }

    /** Reads and authenticates the call, and takes one request from the department's rate limit. */
    public SignedCall authenticate(HttpServletRequest http) {
        PushRequest request = PushRequest.read(http, props.maxBodySize().toBytes());
        ApiCaller caller = authenticator.authenticate(request);
        rateLimiter.consume(caller);
        return new SignedCall(caller.departmentId(), caller.departmentCode(), caller.accessKey(), request.body());
    }
}
