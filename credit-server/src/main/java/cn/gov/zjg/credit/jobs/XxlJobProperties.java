package cn.gov.zjg.credit.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The conventional {@code xxl.job.*} keys of an XXL-JOB executor. With no admin address the executor still starts
 * (so the admin protocol can reach it, as tests do) and the local scheduler triggers the handlers.
 */
@ConfigurationProperties(prefix = "xxl.job")
public record XxlJobProperties(Admin admin, Executor executor, String accessToken) {

    public XxlJobProperties {
        admin = admin == null ? new Admin(null) : admin;
        executor = executor == null ? new Executor(true, "credit-zjg", null, null, 0, null, 30) : executor;
    }

    public boolean adminConfigured() {
        return admin.addresses() != null && !admin.addresses().isBlank();
    }

    public record Admin(String addresses) {
    }

    /** {@code port} 0 picks a free port (embedded run and tests). */
    public record Executor(Boolean enabled, String appname, String address, String ip, int port, String logpath,
            int logretentiondays) {

        public Executor {
            enabled = enabled == null || enabled;
            appname = appname == null || appname.isBlank() ? "credit-zjg" : appname;
            logretentiondays = logretentiondays <= 0 ? 30 : logretentiondays;
        }
    }
}
