package cn.gov.zjg.credit;

import java.util.List;
import java.util.Set;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every migration in sql/ applies cleanly, in order, to an empty database, and validates afterwards. */
@CreditIntegrationTest
class MigrationTests {

    private static final String SCHEMA = "credit_migration_check";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment env;

    @Test
    void migrationsApplyCleanlyOnAnEmptyDatabase() throws Exception {
        jdbc.execute("drop database if exists " + SCHEMA);
        jdbc.execute("create database " + SCHEMA + " character set utf8mb4 collate utf8mb4_unicode_ci");
        try {
            int scripts = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
            Flyway flyway = Flyway.configure()
                    .dataSource(otherSchemaUrl(), env.getProperty("spring.datasource.username"),
                            env.getProperty("spring.datasource.password", ""))
                    .locations("classpath:db/migration")
                    .load();

            MigrateResult result = flyway.migrate();
            flyway.validate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isEqualTo(scripts).isPositive();
            List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                    + "where table_schema = ?", String.class, SCHEMA);
            assertThat(tables).containsAll(Set.of("department", "user_account", "role", "permission", "user_role",
                    "role_permission", "operation_log", "login_log"));
            assertThat(jdbc.queryForList("select distinct table_collation from information_schema.tables "
                    + "where table_schema = ? and table_name <> 'flyway_schema_history'", String.class, SCHEMA))
                    .allSatisfy(collation -> assertThat(collation).startsWith("utf8mb4"));
        } finally {
            jdbc.execute("drop database if exists " + SCHEMA);
        }
    }

    private String otherSchemaUrl() {
        String url = env.getProperty("spring.datasource.url");
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + SCHEMA + (query < 0 ? "" : url.substring(query));
    }
}
