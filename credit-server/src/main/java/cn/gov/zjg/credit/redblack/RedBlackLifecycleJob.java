package cn.gov.zjg.credit.redblack;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.gov.zjg.credit.jobs.JobRunService;
import com.xxl.job.core.context.XxlJobHelper;
import com.xxl.job.core.handler.annotation.XxlJob;

import org.springframework.stereotype.Component;

/**
 * {@code redblackLifecycle}: removes published entries whose validity has ended (期满, domain.md §4.3). Register it with
 * routing SHARDING_BROADCAST; each node takes the entries whose {@code id % shardTotal == shardIndex}, in chunks that
 * lock their rows, so overlapping runs never remove an entry twice. The executor parameter {@code date=YYYY-MM-DD}
 * runs it as of another day (entries valid until the day before that date are removed); without it, today.
 */
@Component
class RedBlackLifecycleJob {

    static final String NAME = "redblackLifecycle";
    private static final int CHUNK = 500;

    private final JobRunService runs;
    private final EntryService entries;
    private final Clock clock;

    RedBlackLifecycleJob(JobRunService runs, EntryService entries, Clock clock) {
        this.runs = runs;
        this.entries = entries;
        this.clock = clock;
    }

    @XxlJob(NAME)
    public void redblackLifecycle() {
        String param = XxlJobHelper.getJobParam();
        runs.run(NAME, progress -> {
            LocalDate date = asOf(param);
            int removed = 0;
            int chunk;
            do {
                chunk = entries.expire(date, progress.shardIndex(), progress.shardTotal(), CHUNK, "job:" + NAME);
                removed += chunk;
                progress.report(removed, 0);
            } while (chunk == CHUNK);
            return removed + " expired entries removed as of " + date;
        });
    }

    LocalDate asOf(String param) {
        if (param != null && param.strip().startsWith("date=")) {
            try {
                return LocalDate.parse(param.strip().substring("date=".length()).strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("executor parameter must be date=YYYY-MM-DD", e);
            }
        }
        return LocalDate.now(clock);
    }
}
