package cn.gov.zjg.credit.audit;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The auditor browses and filters both logs; what a console action did is there, with who and from where. */
@CreditIntegrationTest
class AuditPagesTests {

    @LocalServerPort
    int port;

    @Test
    void auditorFiltersTheOperationLogByUserModuleAndDate() {
        WebClient admin = new WebClient(port);
        admin.login("admin", "Demo@2026");
        admin.get("/console/departments/new");
        String code = "audit" + (System.nanoTime() % 100000);
        admin.post("/console/departments/new", Map.of("code", code, "name", "审计测试部门" + code,
                "shortName", "审计" + code, "sortOrder", "999", "enabled", "true"));
        WebClient auditor = new WebClient(port);
        auditor.login("auditor", "Demo@2026");
        String today = LocalDate.now().toString();

        HttpResponse<String> page = auditor.get("/console/audit/operations?username=admin&kind=department&from="
                + today + "&to=" + LocalDate.now().plusDays(1));
        HttpResponse<String> empty = auditor.get("/console/audit/operations?username=nobody");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("部门管理", "create", "127.0.0.1");
        assertThat(empty.body()).contains("没有符合条件的数据");
    }

    @Test
    void auditorSeesFailedAndSuccessfulLoginsSeparately() {
        new WebClient(port).login("admin", "Wrong#Password1");
        WebClient auditor = new WebClient(port);
        auditor.login("auditor", "Demo@2026");

        String failures = auditor.get("/console/audit/logins?kind=FAILURE&username=admin").body();
        String successes = auditor.get("/console/audit/logins?kind=SUCCESS&username=auditor").body();

        assertThat(failures).contains("<td>失败</td>", "credentials").doesNotContain("<td>成功</td>");
        assertThat(successes).contains("<td>成功</td>").doesNotContain("<td>失败</td>");
    }
}
