package cn.gov.zjg.credit.review;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One validated record waiting for review, as the queue query returns it (column order = component order). */
record QueueRow(String recordType, long id, long batchId, String batchNo, long departmentId, String departmentName,
        int sourceRow, String status, String subjectName, String subjectCategory, String documentNo,
        LocalDate decidedOn, String tier, Long correctsId, LocalDateTime validatedAt) {
}
