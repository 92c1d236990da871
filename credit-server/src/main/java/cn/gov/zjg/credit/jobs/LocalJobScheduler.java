package cn.gov.zjg.credit.jobs;

import java.time.Duration;
import java.util.List;

import cn.gov.zjg.credit.shared.WebConfig;
import com.xxl.job.core.context.XxlJobContext;
import com.xxl.job.core.executor.XxlJobExecutor;
import com.xxl.job.core.handler.IJobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Without an XXL-JOB admin, triggers the same handlers on the crons of {@code credit.jobs.local}. A Redis lock per
 * job keeps several nodes from running one job at the same moment (each run is still safe if they did).
 */
@Component
@ConditionalOnProperty(name = "xxl.job.executor.enabled", matchIfMissing = true) // the handlers register with it
class LocalJobScheduler {

    private static final Logger log = LoggerFactory.getLogger(LocalJobScheduler.class);
    private static final DefaultRedisScript<Long> RELEASE = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);

    private final XxlJobProperties xxl;
    private final JobsProperties jobs;
    private final StringRedisTemplate redis;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    LocalJobScheduler(XxlJobProperties xxl, JobsProperties jobs, StringRedisTemplate redis) {
        this.xxl = xxl;
        this.jobs = jobs;
        this.redis = redis;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (xxl.adminConfigured() || !jobs.localScheduler() || jobs.local().isEmpty()) {
            return;
        }
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("local-job-");
        scheduler.initialize();
        jobs.local().forEach((name, cron) -> {
            scheduler.schedule(() -> trigger(name), new CronTrigger(cron, WebConfig.ZONE));
            log.info("Local scheduler: {} on '{}'", name, cron);
        });
    }

    /** Runs one handler as XXL-JOB would with a single shard, if no other node holds its lock. */
    void trigger(String name) {
        String key = "credit:job:lock:" + name;
        String owner = JobRunService.NODE + ":" + Thread.currentThread().getId();
        Duration ttl = jobs.stuckAfter();
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, owner, ttl))) {
            return;
        }
        try {
            IJobHandler handler = XxlJobExecutor.loadJobHandler(name);
            if (handler == null) {
                log.warn("Local scheduler: no handler named {}", name);
                return;
            }
            XxlJobContext.setXxlJobContext(new XxlJobContext(0, null, 0, System.currentTimeMillis(), null, 0, 1));
            handler.execute();
        } catch (Exception e) {
            log.error("Local run of {} failed", name, e);
        } finally {
            XxlJobContext.setXxlJobContext(null);
            redis.execute(RELEASE, List.of(key), owner);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        scheduler.shutdown();
    }
}
