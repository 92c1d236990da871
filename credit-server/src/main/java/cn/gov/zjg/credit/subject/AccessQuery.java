package cn.gov.zjg.credit.subject;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

/** Filters of the personal-data access log; {@code toExclusive} is a component because MyBatis reads only those. */
public record AccessQuery(String username, Long personId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fromDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate toDate, LocalDateTime from,
        LocalDateTime toExclusive) {

    public AccessQuery {
        from = fromDate == null ? null : fromDate.atStartOfDay();
        toExclusive = toDate == null ? null : toDate.plusDays(1).atStartOfDay();
    }
}
