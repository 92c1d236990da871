package cn.gov.zjg.credit.portal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code credit.portal.*}: rate limits per client address, cache lifetimes and the search cap of the public site
 * (docs/operations.md, "Public site").
 *
 * @param rateLimit  the request groups and how many captcha passes a client may earn
 * @param cacheTtl   how long a cached page model lives at most (changes evict it at once)
 * @param searchCap  at most this many results per search (no bulk export)
 */
@ConfigurationProperties(prefix = "credit.portal")
record PortalProperties(@DefaultValue RateLimit rateLimit, @DefaultValue("10m") Duration cacheTtl,
        @DefaultValue("200") int searchCap) {

    /**
     * @param groups           by group name: the paths it covers and its budget per client address
     * @param captchaPasses    captcha passes one client address may earn per {@code captchaPassPeriod}; past that
     *                         the 429 page offers no captcha until the period ends
     * @param captchaPassPeriod the period of {@code captchaPasses}
     */
    record RateLimit(@DefaultValue("true") boolean enabled, Map<String, Group> groups,
            @DefaultValue("10") int captchaPasses, @DefaultValue("1h") Duration captchaPassPeriod) {

        RateLimit {
            groups = groups == null ? Map.of() : Map.copyOf(groups);
        }
    }

    /** Requests of one client address to {@code paths} (Spring path patterns): {@code capacity} per {@code period}. */
    record Group(List<String> paths, int capacity, Duration period) {

        Group {
            paths = paths == null ? List.of() : List.copyOf(paths);
            period = period == null ? Duration.ofMinutes(1) : period;
        }
    }
}
