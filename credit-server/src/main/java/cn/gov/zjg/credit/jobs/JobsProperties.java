package cn.gov.zjg.credit.jobs;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code credit.jobs.*}. {@code local} maps handler names to cron expressions for the local scheduler, which runs
 * only when no XXL-JOB admin is configured ({@code xxl.job.admin.addresses} empty). A run whose heartbeat is older than
 * {@code stuckAfter} is marked failed by the watchdog.
 */
@ConfigurationProperties(prefix = "credit.jobs")
public record JobsProperties(Boolean localScheduler, Map<String, String> local, Duration stuckAfter) {

    public JobsProperties {
        localScheduler = localScheduler == null || localScheduler;
        local = local == null ? Map.of() : Map.copyOf(local);
        stuckAfter = stuckAfter == null ? Duration.ofMinutes(10) : stuckAfter;
    }
}
