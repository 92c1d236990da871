package cn.gov.zjg.credit.submission.push;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The push API's checks for other features' signed endpoints (revocations, credit checks): shape, signature,
 * timestamp, nonce and the department's rate limit, in that order. Refusals are {@code PushProblem}s, rendered for
 * controllers marked {@link SignedApi}.
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

    /** A verified call: the calling department, who to record as its author, the raw JSON body, tokens left. */
    @NamedInterface("signed-api")
    public record Verified(long departmentId, String departmentCode, String createdBy, byte[] body, long remaining) {
    }

    public Verified verify(HttpServletRequest http) {
        PushRequest request = PushRequest.read(http, props.maxBodySize().toBytes());
        ApiCaller caller = authenticator.authenticate(request);
        long remaining = rateLimiter.consume(caller);
        return new Verified(caller.departmentId(), caller.departmentCode(), caller.createdBy(), request.body(),
                remaining);
    }
}
