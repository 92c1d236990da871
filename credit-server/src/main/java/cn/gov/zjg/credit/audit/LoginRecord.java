package cn.gov.zjg.credit.audit;

import java.time.LocalDateTime;

/** One row of the login log. */
public record LoginRecord(Long id, String username, String ip, String userAgent, String result, String reason,
        LocalDateTime createdAt) {
}
