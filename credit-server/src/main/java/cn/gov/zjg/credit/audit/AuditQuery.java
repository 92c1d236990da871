package cn.gov.zjg.credit.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** Filters shared by both logs: who, what (module or login result), and a date range (inclusive). */
public record AuditQuery(String username, String kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    /** End of the range as an exclusive bound, for {@code created_at < ?} (MyBatis reads it as a property). */
    public LocalDate getToExclusive() {
        return to == null ? null : to.plusDays(1);
    }
}
