package cn.gov.zjg.credit.portal;

import java.net.http.HttpResponse;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CreditIntegrationTest
class PortalPagesTests {

    @LocalServerPort
    int port;

    @Test
    void homePageShowsTheSearchBoxNavigationAndFigures() {
        HttpResponse<String> home = new WebClient(port).get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("信用张家港", "name=\"q\"", "首页", "信用查询", "双公示", "红黑名单", "信用服务",
                "报送部门");
        assertThat(home.headers().allValues("Set-Cookie")).as("no session for anonymous readers").isEmpty();
    }

    @Test
    void englishIsAvailableAsSecondLocale() {
        assertThat(new WebClient(port).get("/?lang=en").body()).contains("Credit Zhangjiagang", "Credit lookup");
    }

    @Test
    void missingPageShowsA404PageWithRequestIdAndNoStackTrace() {
        HttpResponse<String> response = new WebClient(port).get("/no-such-page");
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("页面不存在", requestId).doesNotContain("Exception", "at cn.gov");
    }

    @Test
    void forbiddenPageShowsA403PageWithRequestId() {
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-scjg", "Demo@2026");

        HttpResponse<String> response = clerk.get("/console/users");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("没有访问权限",
                response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void healthIsPublicButMetricsAreNot() {
        WebClient anonymous = new WebClient(port);

        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/prometheus").statusCode()).isEqualTo(302);
    }

    @Test
    void pushApiDescriptionIsPublished() {
        WebClient anonymous = new WebClient(port);

        assertThat(anonymous.get("/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }
}
