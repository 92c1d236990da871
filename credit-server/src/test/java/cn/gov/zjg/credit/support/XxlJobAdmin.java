package cn.gov.zjg.credit.support;

import java.util.concurrent.atomic.AtomicLong;

import cn.gov.zjg.credit.jobs.ExecutorEndpoint;
import com.xxl.job.core.openapi.ExecutorBiz;
import com.xxl.job.core.openapi.model.TriggerRequest;
import com.xxl.tool.http.HttpTool;
import com.xxl.tool.response.Response;

/**
 * Triggers job handlers the way an XXL-JOB admin does: over HTTP, through xxl-job-core's own executor client, against
 * the executor server of the running application, with the access token and the sharding-broadcast parameters.
 */
public final class XxlJobAdmin {

    private static final AtomicLong LOG_IDS = new AtomicLong(System.currentTimeMillis());

    private final ExecutorEndpoint endpoint;

    public XxlJobAdmin(ExecutorEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public ExecutorBiz client(String token) {
        return HttpTool.createClient().url("http://127.0.0.1:" + endpoint.port()).timeout(5000)
                .header("XXL-JOB-ACCESS-TOKEN", token).proxy(ExecutorBiz.class);
    }

    /**
     * Triggers {@code handler} as shard {@code index} of {@code total}; returns the admin's view of the answer.
     * {@code jobId} distinguishes job threads: XXL-JOB runs one thread per job id, so two shards on one executor need
     * two ids, as two executors would have two threads.
     */
    public Response<String> trigger(String handler, int jobId, int index, int total) {
        return trigger(handler, jobId, index, total, null);
    }

    /** As {@link #trigger(String, int, int, int)}, with the executor parameter the admin's job configuration sets. */
    public Response<String> trigger(String handler, int jobId, int index, int total, String param) {
        TriggerRequest request = new TriggerRequest();
        request.setJobId(jobId);
        request.setExecutorHandler(handler);
        request.setExecutorParams(param);
        request.setExecutorBlockStrategy("SERIAL_EXECUTION");
        request.setGlueType("BEAN");
        request.setLogId(LOG_IDS.incrementAndGet());
        request.setLogDateTime(System.currentTimeMillis());
        request.setBroadcastIndex(index);
        request.setBroadcastTotal(total);
        return client(endpoint.accessToken()).run(request);
    }
}
