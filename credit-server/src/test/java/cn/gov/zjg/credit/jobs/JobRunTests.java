package cn.gov.zjg.credit.jobs;

import java.time.Duration;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import cn.gov.zjg.credit.support.XxlJobAdmin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CreditIntegrationTest
class JobRunTests {

    @Autowired
    ExecutorEndpoint endpoint;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void watchdogTriggeredThroughTheExecutorProtocolFailsRunsThatStoppedBeating() throws Exception {
        // given: a run whose node died an hour ago
        jdbc.update("insert into job_run (job_name, node, shard_index, shard_total, `trigger`, status, started_at, "
                + "heartbeat_at) values ('validateSubmissions', 'dead@node', 0, 2, 'XXL_JOB', 'RUNNING', "
                + "now() - interval 1 hour, now() - interval 1 hour)");
        long stuck = jdbc.queryForObject("select max(id) from job_run where node = 'dead@node'", Long.class);
        long before = jdbc.queryForObject("select count(*) from job_run where job_name = 'jobWatchdog'", Long.class);

        // when
        var answer = new XxlJobAdmin(endpoint).trigger("jobWatchdog", 9001, 0, 1);

        // then
        assertThat(answer.isSuccess()).isTrue();
        awaitRows("select count(*) from job_run where job_name = 'jobWatchdog' and status = 'SUCCEEDED'", before + 1);
        assertThat(jdbc.queryForObject("select status from job_run where id = ?", String.class, stuck))
                .isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select `trigger` from job_run where job_name = 'jobWatchdog' order by id desc "
                + "limit 1", String.class)).isEqualTo("XXL_JOB");
    }

    @Autowired
    LocalJobScheduler localScheduler;

    @Test
    void localSchedulerRunsTheSameHandlerWhenNoAdminIsConfigured() throws Exception {
        long before = jdbc.queryForObject("select count(*) from job_run where job_name = 'jobWatchdog' "
                + "and `trigger` = 'LOCAL'", Long.class);

        localScheduler.trigger("jobWatchdog");

        assertThat(jdbc.queryForObject("select count(*) from job_run where job_name = 'jobWatchdog' "
                + "and `trigger` = 'LOCAL' and status = 'SUCCEEDED' and shard_total = 1", Long.class))
                .isEqualTo(before + 1);
    }

    @Test
    void executorRefusesACallerWithoutTheAccessToken() {
        var answer = new XxlJobAdmin(endpoint).client("not-the-token").beat();

        assertThat(answer.isSuccess()).isFalse();
    }

    @Test
    void runLogIsShownToAdministratorsOnly() {
        WebClient admin = new WebClient(port);
        admin.login("admin", "Demo@2026");
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-scjg", "Demo@2026");

        assertThat(admin.get("/console/jobs").body()).contains("任务运行记录");
        assertThat(clerk.get("/console/jobs").statusCode()).isEqualTo(403);
    }

    private void awaitRows(String countSql, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && jdbc.queryForObject(countSql, Long.class) < expected) {
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject(countSql, Long.class)).isGreaterThanOrEqualTo(expected);
    }
}
