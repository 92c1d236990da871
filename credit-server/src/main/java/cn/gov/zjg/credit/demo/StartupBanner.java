package cn.gov.zjg.credit.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the site is, and in demo mode the demo logins, once the application is ready. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment env;

    StartupBanner(Environment env) {
        this.env = env;
    }

    @EventListener(ApplicationReadyEvent.class)
    void print() {
        String base = "http://localhost:" + env.getProperty("local.server.port", "8080");
        StringBuilder text = new StringBuilder()
                .append("\n\n  信用张家港 Credit Zhangjiagang is running\n")
                .append("    Portal:  ").append(base).append("/\n")
                .append("    Console: ").append(base).append("/console\n");
        if (env.getProperty("credit.demo.enabled", Boolean.class, false)) {
            text.append("    Demo logins (password ").append(DemoAccounts.PASSWORD).append("):");
            DemoAccounts.ACCOUNTS.forEach(a -> text.append(' ').append(a.get(0)));
            text.append('\n');
            if (env.getProperty("credit.demo.dataset.enabled", Boolean.class, false)) {
                text.append("    Demo dataset: fictitious companies, people and decisions (备注 ").append(DemoRecords.REMARK)
                        .append("), loaded in the background at the first start\n");
            }
        }
        log.info(text.toString());
    }
}
