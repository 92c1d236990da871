package cn.gov.zjg.credit.security;

/**
 * Permission strings {@code <feature>:<resource>:<action>}, shared by {@code @RequiresPermissions} on handlers and by
 * templates (which only hide buttons). Seeded in {@code sql/V3__seed_roles_permissions_departments.sql}.
 */
public final class Permissions {

    public static final String CONSOLE_HOME_VIEW = "console:home:view";
    public static final String DEPARTMENT_VIEW = "department:department:view";
    public static final String DEPARTMENT_EDIT = "department:department:edit";
    public static final String USER_VIEW = "user:account:view";
    public static final String USER_EDIT = "user:account:edit";
    public static final String AUDIT_OPERATION_VIEW = "audit:operation:view";
    public static final String AUDIT_LOGIN_VIEW = "audit:login:view";
    public static final String SYSTEM_MONITOR_VIEW = "system:monitor:view";
    public static final String SUBMISSION_BATCH_UPLOAD = "submission:batch:upload";
    public static final String SUBMISSION_BATCH_VIEW = "submission:batch:view";
    public static final String JOBS_RUN_VIEW = "jobs:run:view";
    public static final String VALIDATION_ROW_FIX = "validation:row:fix";
    /** Issue and revoke push API credentials (seeded in {@code V5__push_api.sql}, administrators only). */
    public static final String SUBMISSION_CREDENTIAL_MANAGE = "submission:credential:manage";
    public static final String VALIDATION_RULE_EDIT = "validation:rule:edit";
    /** View and change the holiday calendar, import it from Excel (seeded in {@code V10}, administrators only). */
    public static final String VALIDATION_CALENDAR_EDIT = "validation:calendar:edit";

    /** Review and publication (seeded in {@code V13}). */
    public static final String REVIEW_RECORD_VIEW = "review:record:view";
    public static final String REVIEW_RECORD_DECIDE = "review:record:decide";
    public static final String REVIEW_POLICY_EDIT = "review:policy:edit";
    public static final String PUBLICITY_RECORD_VIEW = "publicity:record:view";
    public static final String PUBLICITY_RECORD_REVOKE = "publicity:record:revoke";
    public static final String SUBJECT_VIEW = "subject:subject:view";
    public static final String SUBJECT_PERSON_UNMASK = "subject:person:unmask";
    public static final String AUDIT_PERSONAL_DATA_VIEW = "audit:personal-data:view";

    /** Red and black lists, credit checks (seeded in {@code V17}); reviewing entries uses REVIEW_RECORD_*. */
    public static final String REDBLACK_ENTRY_VIEW = "redblack:entry:view";
    public static final String REDBLACK_ENTRY_PROPOSE = "redblack:entry:propose";
    public static final String REDBLACK_ENTRY_REMOVE = "redblack:entry:remove";
    public static final String REDBLACK_TYPE_EDIT = "redblack:type:edit";
    public static final String REDBLACK_EXPOSURE_CURATE = "redblack:exposure:curate";
    public static final String REDBLACK_CHECK_RUN = "redblack:check:run";

    private Permissions() {
    }
}
