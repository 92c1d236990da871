package cn.gov.zjg.credit.submission.push;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.modulith.NamedInterface;

/**
 * Marks another feature's REST controller whose calls are authenticated by {@link SignedRequests}: its refusals
 * (bad signature, stale timestamp, replayed nonce, rate limit, body too large) are then answered as the push API
 * answers them, as RFC 9457 problems ({@link PushProblemAdvice}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@NamedInterface("signed-api")
public @interface SignedApi {
}
