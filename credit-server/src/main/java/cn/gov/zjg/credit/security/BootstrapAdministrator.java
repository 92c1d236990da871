package cn.gov.zjg.credit.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * An empty production database has no users and no demo accounts. If {@code CREDIT_BOOTSTRAP_ADMIN_PASSWORD}
 * ({@code credit.security.bootstrap-admin-password}) is set, the first start creates the administrator {@code admin}
 * with it; afterwards the variable is ignored and should be removed.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final AccountService accounts;
    private final SecurityProperties props;

    BootstrapAdministrator(AccountService accounts, SecurityProperties props) {
        this.accounts = accounts;
        this.props = props;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAnyUser()) {
            return;
        }
        if (!StringUtils.hasText(props.bootstrapAdminPassword())) {
            log.warn("No console user exists. Set CREDIT_BOOTSTRAP_ADMIN_PASSWORD to create the administrator 'admin'.");
            return;
        }
        accounts.create(new NewUser("admin", "系统管理员", props.bootstrapAdminPassword(), null, List.of(Roles.ADMIN)),
                "bootstrap");
        log.info("Created the administrator 'admin' from CREDIT_BOOTSTRAP_ADMIN_PASSWORD; remove the variable now.");
    }
}
