package cn.gov.zjg.credit.subject;

import java.time.LocalDateTime;

/** One console read of a natural person's unmasked data (personal_data_access). */
public record AccessRecord(long id, String username, long naturalPersonId, String nameMasked, String purpose,
        String page, String clientIp, LocalDateTime accessedAt) {
}
