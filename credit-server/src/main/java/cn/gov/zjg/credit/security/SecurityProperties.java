package cn.gov.zjg.credit.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code credit.security.*}. {@code bootstrapAdminPassword} creates the first administrator of an empty production
 * database; it has no default.
 */
@ConfigurationProperties(prefix = "credit.security")
public record SecurityProperties(int captchaAfterFailures, int lockAfterFailures, Duration lockDuration,
        Duration sessionTimeout, boolean secureCookie, String bootstrapAdminPassword) {

    public SecurityProperties {
        captchaAfterFailures = captchaAfterFailures <= 0 ? 3 : captchaAfterFailures;
        lockAfterFailures = lockAfterFailures <= 0 ? 5 : lockAfterFailures;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        sessionTimeout = sessionTimeout == null ? Duration.ofMinutes(30) : sessionTimeout;
    }
}
