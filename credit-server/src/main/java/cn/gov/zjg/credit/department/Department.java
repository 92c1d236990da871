package cn.gov.zjg.credit.department;

import java.time.LocalDateTime;

/** A submitting department. */
public record Department(long id, String code, String name, String shortName, String creditCode, int sortOrder,
        boolean enabled, LocalDateTime createdAt, LocalDateTime updatedAt, String updatedBy) {
}
