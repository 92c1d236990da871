package cn.gov.zjg.credit.department;

/** Filters of the department list; the scope comes from the caller's data scope, never from the request. */
public record DepartmentQuery(String keyword, Boolean enabled) {
}
