package cn.gov.zjg.credit.publication;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filters of the console's published-record lists; {@code publicOn} lists what was public on that day (from the
 * history, decision 9).
 */
public record PublishedQuery(Long departmentId, String status, String subjectKind, String keyword,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedTo,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publicOn) {

    public PublishedQuery {
        keyword = keyword == null ? null : keyword.strip();
    }
}
