package cn.gov.zjg.credit.submission;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** Filters of the batch list; the department scope is applied by the service, not taken from the request. */
public record BatchQuery(RecordType recordType, BatchStatus status, Long departmentId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public LocalDate getToExclusive() {
        return to == null ? null : to.plusDays(1);
    }
}
