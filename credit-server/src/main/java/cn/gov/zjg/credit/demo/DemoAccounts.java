package cn.gov.zjg.credit.demo;

import java.util.List;

import cn.gov.zjg.credit.department.Department;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.AccountService;
import cn.gov.zjg.credit.security.NewUser;
import cn.gov.zjg.credit.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the demo accounts (all with {@link #PASSWORD}) if they are missing. Demo mode only. */
@Component
@Order(0)
@ConditionalOnProperty(name = "credit.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";

    /** username, display name, role, department code (or null). Listed in README.md. */
    static final List<List<String>> ACCOUNTS = List.of(
            List.of("admin", "演示管理员", Roles.ADMIN, ""),
            List.of("reviewer", "演示审核员", Roles.REVIEWER, ""),
            List.of("auditor", "演示审计员", Roles.AUDITOR, ""),
            List.of("clerk-scjg", "市场监管局报送员", Roles.SUBMITTER, "scjg"),
            List.of("clerk-sthj", "生态环境局报送员", Roles.SUBMITTER, "sthj"));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final DepartmentService departments;

    DemoAccounts(AccountService accounts, DepartmentService departments) {
        this.accounts = accounts;
        this.departments = departments;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (List<String> account : ACCOUNTS) {
            String username = account.get(0);
            if (accounts.exists(username)) {
                continue;
            }
            Long departmentId = account.get(3).isEmpty() ? null
                    : departments.findByCode(account.get(3)).map(Department::id).orElseThrow();
            accounts.create(new NewUser(username, account.get(1), PASSWORD, departmentId, List.of(account.get(2))),
                    "demo");
            log.info("Created demo account {}", username);
        }
    }
}
