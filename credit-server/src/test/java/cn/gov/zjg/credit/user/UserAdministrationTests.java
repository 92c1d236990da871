package cn.gov.zjg.credit.user;

import java.net.http.HttpResponse;
import java.util.Map;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CreditIntegrationTest
class UserAdministrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DepartmentService departments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void administratorCreatesADepartmentUserWhoSeesOnlyTheirDepartment() {
        // given
        long wjw = departments.findByCode("wjw").orElseThrow().id();
        WebClient admin = new WebClient(port);
        admin.login("admin", "Demo@2026");
        admin.get("/console/users/new");

        // when
        HttpResponse<String> created = admin.post("/console/users/new", Map.of("username", "clerk-wjw",
                "displayName", "卫健委报送员", "password", "Health#2026", "departmentId", String.valueOf(wjw),
                "roleCodes", "SUBMITTER"));
        WebClient clerk = new WebClient(port);
        HttpResponse<String> login = clerk.login("clerk-wjw", "Health#2026");

        // then
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(clerk.get("/console").body()).contains("张家港市卫生健康委员会", "仅本部门");
        assertThat(clerk.get("/console/departments").body())
                .contains("张家港市卫生健康委员会").doesNotContain("张家港市市场监督管理局");
        assertThat(jdbc.queryForList(
                "select action from operation_log where module = 'user' and username = 'admin' and success = 1",
                String.class)).contains("create");
        String hash = jdbc.queryForObject("select password_hash from user_account where username = 'clerk-wjw'",
                String.class);
        assertThat(hash).startsWith("$shiro2$argon2id$").doesNotContain("Health#2026");
    }

    @Test
    void submitterWithoutDepartmentIsRefusedWithAClearMessage() {
        WebClient admin = new WebClient(port);
        admin.login("admin", "Demo@2026");
        admin.get("/console/users/new");

        HttpResponse<String> response = admin.post("/console/users/new", Map.of("username", "clerk-nodept",
                "displayName", "无部门", "password", "Nodept#2026", "roleCodes", "SUBMITTER"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("部门报送员必须选择所属部门");
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'clerk-nodept'",
                Long.class)).isZero();
    }

    @Test
    void weakInitialPasswordIsRefused() {
        WebClient admin = new WebClient(port);
        admin.login("admin", "Demo@2026");
        admin.get("/console/users/new");

        HttpResponse<String> response = admin.post("/console/users/new", Map.of("username", "weak-user",
                "displayName", "弱密码", "password", "password", "roleCodes", "AUDITOR"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("至少三类");
    }

    @Test
    void disabledUserLosesTheOpenSessionAndCannotLogInAgain() {
        WebClient admin = createUserAsAdmin("leaver", "Leaver#2026", "REVIEWER");
        long id = jdbc.queryForObject("select id from user_account where username = 'leaver'", Long.class);
        WebClient leaver = new WebClient(port);
        leaver.login("leaver", "Leaver#2026");
        assertThat(leaver.get("/console").statusCode()).isEqualTo(200);
        admin.get("/console/users");

        admin.post("/console/users/" + id + "/enabled", Map.of("enabled", "false"));

        assertThat(leaver.get("/console").statusCode()).isEqualTo(403);
        assertThat(new WebClient(port).login("leaver", "Leaver#2026").statusCode()).isEqualTo(401);
    }

    @Test
    void userChangesOwnPasswordOnlyWithTheCurrentOne() {
        createUserAsAdmin("changer", "Change#2026", "AUDITOR");
        WebClient user = new WebClient(port);
        user.login("changer", "Change#2026");
        user.get("/console/account/password");

        HttpResponse<String> wrong = user.post("/console/account/password", Map.of("currentPassword", "Nope#2026",
                "newPassword", "Changed#2027", "confirmPassword", "Changed#2027"));
        HttpResponse<String> right = user.post("/console/account/password", Map.of("currentPassword", "Change#2026",
                "newPassword", "Changed#2027", "confirmPassword", "Changed#2027"));

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("当前密码不正确");
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(new WebClient(port).login("changer", "Changed#2027").statusCode()).isEqualTo(302);
    }

    private WebClient createUserAsAdmin(String username, String password, String role) {
        WebClient admin = new WebClient(port);
        admin.login("admin", "Demo@2026");
        admin.get("/console/users/new");
        HttpResponse<String> created = admin.post("/console/users/new", Map.of("username", username,
                "displayName", "测试 " + username, "password", password, "roleCodes", role));
        assertThat(created.statusCode()).as("user %s created", username).isEqualTo(302);
        return admin;
    }
}
