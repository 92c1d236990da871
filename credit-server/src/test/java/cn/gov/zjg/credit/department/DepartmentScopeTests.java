package cn.gov.zjg.credit.department;

import java.net.http.HttpResponse;

import cn.gov.zjg.credit.shared.NotFoundException;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CreditIntegrationTest
class DepartmentScopeTests {

    @LocalServerPort
    int port;

    @Autowired
    DepartmentService departments;

    @Test
    void seedsTheCitysSubmittingDepartments() {
        assertThat(departments.findEnabled()).extracting(Department::code)
                .contains("scjg", "sw", "sthj", "zjj", "jtj", "wjw", "yjj", "cgj", "rsj", "nyj", "slj", "wlj", "jyj",
                        "gaj", "zrj");
    }

    @Test
    void scopedQueryReturnsOnlyTheScopeDepartment() {
        long scjg = departments.findByCode("scjg").orElseThrow().id();
        long sthj = departments.findByCode("sthj").orElseThrow().id();

        var page = departments.findPage(new DepartmentQuery(null, null), scjg, PageQuery.of(1, 100));

        assertThat(page.rows()).extracting(Department::id).containsExactly(scjg);
        assertThat(page.total()).isEqualTo(1);
        assertThatThrownBy(() -> departments.findById(sthj, scjg)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void submitterSeesOnlyTheirOwnDepartmentInTheConsole() {
        long sthj = departments.findByCode("sthj").orElseThrow().id();
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-scjg", "Demo@2026");

        String list = clerk.get("/console/departments").body();
        HttpResponse<String> other = clerk.get("/console/departments/" + sthj);

        assertThat(list).contains("张家港市市场监督管理局").doesNotContain("苏州市张家港生态环境局", "张家港市税务局");
        assertThat(other.statusCode()).isEqualTo(404);
    }

    @Test
    void submitterCannotReachAdministratorPages() {
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-sthj", "Demo@2026");

        assertThat(clerk.get("/console/users").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/console/departments/new").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/console/audit/operations").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/console/audit/logins").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/console").body()).doesNotContain("/console/users", "/console/audit");
    }

    @Test
    void reviewerSeesEveryDepartment() {
        WebClient reviewer = new WebClient(port);
        reviewer.login("reviewer", "Demo@2026");

        assertThat(reviewer.get("/console/departments").body())
                .contains("张家港市市场监督管理局", "苏州市张家港生态环境局");
    }
}
