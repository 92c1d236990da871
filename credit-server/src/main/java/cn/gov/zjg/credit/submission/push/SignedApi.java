package cn.gov.zjg.credit.submission.push;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.modulith.NamedInterface;

/**
 * Marks a REST controller whose calls are verified by {@link SignedRequests} (docs/push-api.md): its refusals are
 * rendered as the push API's RFC 9457 problems.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@NamedInterface("signed-api")
public @interface SignedApi {
}
