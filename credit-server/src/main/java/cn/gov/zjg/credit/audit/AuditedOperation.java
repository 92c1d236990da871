package cn.gov.zjg.credit.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a console handler whose every call is written to the operation log: user, department, module, action, the
 * path variables as the target, client address, HTTP status and duration.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuditedOperation {

    /** Feature, e.g. {@code department}. */
    String module();

    /** Verb, e.g. {@code create}. */
    String action();
}
