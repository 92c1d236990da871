package cn.gov.zjg.credit.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one integration-test configuration: the whole application on a random port, against a real MariaDB and Redis
 * (embedded, or the machine's when {@code CREDIT_TEST_DB_URL} / {@code CREDIT_TEST_REDIS_URL} are set). Every test
 * class uses exactly this, so Spring starts one context for the suite.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestDatabaseConfig.class, Pipeline.class})
public @interface CreditIntegrationTest {
}
