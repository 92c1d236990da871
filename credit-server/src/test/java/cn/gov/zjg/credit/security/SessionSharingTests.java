package cn.gov.zjg.credit.security;

import java.util.Map;

import cn.gov.zjg.credit.CreditApplication;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/** Nodes are stateless: a session started on one node is served by another sharing the same Redis. */
@CreditIntegrationTest
class SessionSharingTests {

    @LocalServerPort
    int port;

    @Autowired
    Environment env;

    @Test
    void sessionSurvivesBeingServedBySecondNode() {
        try (ConfigurableApplicationContext secondNode = startSecondNode()) {
            String secondUrl = "http://localhost:" + secondNode.getEnvironment().getProperty("local.server.port");
            WebClient onFirst = new WebClient(port);
            onFirst.login("reviewer", "Demo@2026");
            WebClient onSecond = onFirst.withBaseUrl(secondUrl);

            String page = onSecond.get("/console").body();
            onSecond.post("/logout", Map.of());

            assertThat(page).contains("演示审核员");
            assertThat(onFirst.get("/console").statusCode()).isEqualTo(302);
        }
    }

    private ConfigurableApplicationContext startSecondNode() {
        return new SpringApplicationBuilder(CreditApplication.class)
                .profiles("test")
                .run(   // command-line arguments: they outrank application-test.yml
                        "--server.port=0",
                        "--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + env.getProperty("spring.datasource.password", ""),
                        "--spring.data.redis.url=" + env.getProperty("spring.data.redis.url"),
                        "--spring.flyway.enabled=false",
                        "--credit.demo.enabled=false",
                        "--xxl.job.executor.enabled=false"); // its handler registry is static: one executor per JVM
    }
}
