package cn.gov.zjg.credit.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code credit.demo.dataset.*}: the fictitious dataset loaded at the first start in demo mode. On by default there
 * (application.yml), off in the tests (application-test.yml: the tests share one database and must not see it).
 *
 * @param enabled   load it at the first start (only when {@code credit.demo.enabled} is true as well)
 * @param licenses  行政许可 records to generate
 * @param penalties 行政处罚 records to generate
 * @param seed      generator seed: the same seed and day give the same records
 */
@ConfigurationProperties(prefix = "credit.demo.dataset")
public record DemoDatasetProperties(Boolean enabled, Integer licenses, Integer penalties, Long seed) {

    public DemoDatasetProperties {
        enabled = enabled != null && enabled;
        licenses = licenses == null ? 2_400 : licenses;
        penalties = penalties == null ? 1_600 : penalties;
        seed = seed == null ? 20_261_127L : seed;
    }
}
