package cn.gov.zjg.credit.subject;

import java.time.LocalDate;

/** A published record of a subject, for its console page. */
public record SubjectRecord(String recordType, long id, String wsh, LocalDate jdrq, String status, long departmentId) {
}
