package cn.gov.zjg.credit.submission.excel;

import cn.gov.zjg.credit.submission.SubmissionProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Background readers: a few per node, so a 50 MB upload never ties up a request thread. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SubmissionProperties.class)
class IntakeConfig {

    @Bean
    TaskExecutor intakeExecutor(SubmissionProperties props) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(props.readers());
        executor.setMaxPoolSize(props.readers());
        executor.setQueueCapacity(100);
        executor.setThreadNamePrefix("intake-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(60);
        return executor;
    }
}
