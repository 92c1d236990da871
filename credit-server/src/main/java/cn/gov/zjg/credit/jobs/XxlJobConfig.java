package cn.gov.zjg.credit.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import cn.hutool.core.util.IdUtil;
import com.xxl.job.core.executor.impl.XxlJobSpringExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The XXL-JOB executor. In production an admin triggers it (jobs registered with routing SHARDING_BROADCAST); the
 * access token is then required. Without an admin a random token protects the executor port, which binds every
 * interface (xxl-job-core does so whatever {@code ip} says).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({XxlJobProperties.class, JobsProperties.class})
class XxlJobConfig {

    private static final Logger log = LoggerFactory.getLogger(XxlJobConfig.class);

    @Bean
    @ConditionalOnProperty(name = "xxl.job.executor.enabled", matchIfMissing = true)
    ExecutorEndpoint executorEndpoint(XxlJobProperties props) {
        if (props.adminConfigured() && (props.accessToken() == null || props.accessToken().isBlank())) {
            throw new IllegalStateException("xxl.job.access-token (XXL_JOB_ACCESSTOKEN) must be set when an "
                    + "XXL-JOB admin is configured");
        }
        String token = props.accessToken() == null || props.accessToken().isBlank()
                ? IdUtil.fastSimpleUUID() : props.accessToken();
        int port = props.executor().port() > 0 ? props.executor().port() : freePort();
        return new ExecutorEndpoint(port, token);
    }

    @Bean
    @ConditionalOnProperty(name = "xxl.job.executor.enabled", matchIfMissing = true)
    XxlJobSpringExecutor xxlJobExecutor(XxlJobProperties props, ExecutorEndpoint endpoint) {
        XxlJobSpringExecutor executor = new XxlJobSpringExecutor();
        executor.setAdminAddresses(props.adminConfigured() ? props.admin().addresses() : "");
        executor.setAccessToken(endpoint.accessToken());
        executor.setAppname(props.executor().appname());
        executor.setAddress(props.executor().address());
        executor.setIp(props.executor().ip());
        executor.setPort(endpoint.port());
        String logPath = props.executor().logpath();
        executor.setLogPath(logPath != null && !logPath.isBlank() ? logPath
                : Path.of(System.getProperty("java.io.tmpdir"), "credit-xxl-job").toString());
        executor.setLogRetentionDays(props.executor().logretentiondays());
        log.info("XXL-JOB executor '{}' on port {} ({})", props.executor().appname(), endpoint.port(),
                props.adminConfigured() ? "admin " + props.admin().addresses() : "no admin: local scheduler");
        return executor;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
