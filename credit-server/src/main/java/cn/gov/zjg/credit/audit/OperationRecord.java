package cn.gov.zjg.credit.audit;

import java.time.LocalDateTime;

/** One row of the operation log. */
public record OperationRecord(Long id, Long userId, String username, Long departmentId, String module, String action,
        String target, String httpMethod, String uri, String ip, String userAgent, boolean success, int httpStatus,
        String error, String requestId, int durationMs, LocalDateTime createdAt) {
}
