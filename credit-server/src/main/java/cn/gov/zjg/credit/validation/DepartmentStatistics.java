package cn.gov.zjg.credit.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.submission.StagingQueue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per department: rows reported, passed, failed, set aside, waiting, and reported late (rule REPORTED_LATE: more than
 * 7 working days after the decision, domain.md §3.1 and decision 7: a warning that counts in these statistics).
 */
@Service
public class DepartmentStatistics {

    private final StagingQueue staging;
    private final IssueMapper issues;
    private final DepartmentService departments;

    DepartmentStatistics(StagingQueue staging, IssueMapper issues, DepartmentService departments) {
        this.staging = staging;
        this.issues = issues;
        this.departments = departments;
    }

    /** One department's figures. {@code lateRate} is late / validated, in percent (0 when nothing is validated). */
    public record Row(long departmentId, String departmentName, long reported, long passed, long failed, long ignored,
            long waiting, long late, double lateRate) {
    }

    @Transactional(readOnly = true)
    public List<Row> rows(Long scope) {
        Map<Long, Long> late = new HashMap<>();
        for (Map<String, Object> row : issues.countRowsWithRule(RuleCode.REPORTED_LATE.name(), scope)) {
            if (row.get("department_id") != null) {
                late.put(((Number) row.get("department_id")).longValue(), ((Number) row.get("row_count")).longValue());
            }
        }
        Map<Long, String> names = departments.namesById();
        List<Row> rows = new ArrayList<>();
        staging.countsByDepartment(scope).forEach((departmentId, byStatus) -> {
            // passed validation: still waiting for review, or approved by review and on their way to publication
            long passed = java.util.stream.Stream.of("VALID", "WARNED", "APPROVED", "PUBLISHING", "PUBLISHED")
                    .mapToLong(status -> byStatus.getOrDefault(status, 0L)).sum();
            long failed = byStatus.getOrDefault("INVALID", 0L);
            long ignored = byStatus.getOrDefault("IGNORED", 0L);
            long waiting = byStatus.getOrDefault("STAGED", 0L) + byStatus.getOrDefault("VALIDATING", 0L);
            long reported = byStatus.values().stream().mapToLong(Long::longValue).sum();
            long lateRows = late.getOrDefault(departmentId, 0L);
            long validated = passed + failed + ignored;
            rows.add(new Row(departmentId, names.getOrDefault(departmentId, String.valueOf(departmentId)), reported,
                    passed, failed, ignored, waiting, lateRows, validated == 0 ? 0 : 100.0 * lateRows / validated));
        });
        return rows;
    }
}
