package cn.gov.zjg.credit.submission.push;

import java.util.List;

import cn.gov.zjg.credit.submission.RecordType;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The steps of one push call, in the order that keeps cheap refusals cheap and parses nothing unauthenticated:
 * shape (headers, content type, size) → signature, timestamp and nonce → the department's rate limit → an earlier call
 * with the same idempotency key → JSON → staging.
 */
@Component
@EnableConfigurationProperties(PushProperties.class)
class PushIntake {

    private static final Logger log = LoggerFactory.getLogger(PushIntake.class);

    private final PushProperties props;
    private final PushAuthenticator authenticator;
    private final PushRateLimiter rateLimiter;
    private final PushJson json;
    private final PushService service;

    PushIntake(PushProperties props, PushAuthenticator authenticator, PushRateLimiter rateLimiter, PushJson json,
            PushService service) {
        this.props = props;
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.json = json;
        this.service = service;
    }

    /** What the controller sends: the outcome and the tokens left in the department's bucket. */
    record Reply(PushService.Outcome outcome, long remaining) {
    }

    Reply receive(RecordType type, HttpServletRequest http) {
        PushRequest request = PushRequest.read(http, props.maxBodySize().toBytes());
        ApiCaller caller = authenticator.authenticate(request);
        long remaining = rateLimiter.consume(caller);
        var earlier = service.findEarlier(caller, type, request);
        if (earlier.isPresent()) {
            return new Reply(earlier.get(), remaining);
        }
        List<PushJson.Incoming> records = json.readRecords(request.body(), props.maxRecords());
        try {
            return new Reply(service.stage(caller, type, request, records), remaining);
        } catch (DuplicateKeyException e) {
            // The same idempotency key was staged by a concurrent call; its transaction has committed by now.
            log.info("Idempotency-Key {} of department {} was staged by a concurrent call; answering with its response",
                    request.idempotencyKey(), caller.departmentCode());
            return new Reply(service.findEarlier(caller, type, request).orElseThrow(() -> e), remaining);
        }
    }
}
