package cn.gov.zjg.credit.jobs;

/** Where this node's XXL-JOB executor listens and the token it accepts (what an admin, or a test, needs to call it). */
public record ExecutorEndpoint(int port, String accessToken) {
}
