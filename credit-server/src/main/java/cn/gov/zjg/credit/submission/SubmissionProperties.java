package cn.gov.zjg.credit.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code credit.submission.*}: upload limits (default 50 MB and 500,000 rows, as the issue asks) and the number of
 * files read at the same time on one node.
 */
@ConfigurationProperties(prefix = "credit.submission")
public record SubmissionProperties(DataSize maxFileSize, int maxRows, int readers) {

    public SubmissionProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(50) : maxFileSize;
        maxRows = maxRows <= 0 ? 500_000 : maxRows;
        readers = readers <= 0 ? 2 : readers;
    }
}
