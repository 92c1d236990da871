package cn.gov.zjg.credit.submission;

import java.time.LocalDate;

/** The columns of a staged row the batch page lists: enough to recognise the record, no identifiers of persons. */
public record StagedSummary(long id, int sourceRow, String status, String xdrMc, String xdrLb, String xdrShxym,
        String wsh, LocalDate jdrq) {
}
