package cn.gov.zjg.credit.submission.push;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code credit.push.*}: limits of the push API.
 *
 * @param maxRecords  records per call (default 1000)
 * @param maxBodySize request body limit (default 5MB); larger bodies get 413 without being read
 * @param clockSkew   how far X-Credit-Timestamp may be from the server clock, either way (default 5m)
 * @param rateLimit   requests per department
 */
@ConfigurationProperties(prefix = "credit.push")
record PushProperties(int maxRecords, DataSize maxBodySize, Duration clockSkew, RateLimit rateLimit) {

    PushProperties {
        maxRecords = maxRecords <= 0 ? 1000 : maxRecords;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(5) : maxBodySize;
        clockSkew = clockSkew == null ? Duration.ofMinutes(5) : clockSkew;
        rateLimit = rateLimit == null ? new RateLimit(0, null, null) : rateLimit;
    }

    /**
     * @param capacity    requests per period and department (default 60)
     * @param period      refill period (default 1m): the bucket refills {@code capacity} tokens over it
     * @param departments capacity overrides by department code, e.g. {@code scjg: 300}
     */
    record RateLimit(int capacity, Duration period, Map<String, Integer> departments) {

        RateLimit {
            capacity = capacity <= 0 ? 60 : capacity;
            period = period == null ? Duration.ofMinutes(1) : period;
            departments = departments == null ? Map.of() : Map.copyOf(departments);
        }

        int capacityFor(String departmentCode) {
            return departments.getOrDefault(departmentCode, capacity);
        }
    }
}
