package cn.gov.zjg.credit.console;

import java.util.List;

import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;

import org.springframework.stereotype.Component;

/**
 * The console menu. Each later feature adds its entries here; what a user sees is filtered by permission (the
 * handlers still check on their own).
 */
@Component
public class ConsoleNavigation {

    private static final List<NavItem> ITEMS = List.of(
            new NavItem("home", "console.nav.home", "/console", Permissions.CONSOLE_HOME_VIEW),
            new NavItem("submission", "console.nav.submissions", "/console/submissions",
                    Permissions.SUBMISSION_BATCH_VIEW),
            new NavItem("validation", "console.nav.validationRules", "/console/validation/rules",
                    Permissions.VALIDATION_RULE_EDIT),
            new NavItem("holidays", "console.nav.holidays", "/console/validation/holidays",
                    Permissions.VALIDATION_CALENDAR_EDIT),
            new NavItem("department", "console.nav.departments", "/console/departments", Permissions.DEPARTMENT_VIEW),
            new NavItem("user", "console.nav.users", "/console/users", Permissions.USER_VIEW),
            new NavItem("publicity", "console.nav.publicity", "/console/publicity/PENALTY",
                    Permissions.PUBLICITY_RECORD_VIEW),
            new NavItem("subjects", "console.nav.legalSubjects", "/console/subjects/legal", Permissions.SUBJECT_VIEW),
            new NavItem("persons", "console.nav.naturalPersons", "/console/subjects/natural", Permissions.SUBJECT_VIEW),
            new NavItem("failed", "console.nav.failedRows", "/console/validation/failed", Permissions.VALIDATION_ROW_FIX),
            new NavItem("statistics", "console.nav.statistics", "/console/validation/statistics",
                    Permissions.SUBMISSION_BATCH_VIEW),
            new NavItem("review", "console.nav.review", "/console/review", Permissions.REVIEW_RECORD_VIEW),
            new NavItem("policies", "console.nav.reviewPolicies", "/console/review/policies",
                    Permissions.REVIEW_POLICY_EDIT),
            new NavItem("redblack", "console.nav.redblackEntries", "/console/redblack/entries",
                    Permissions.REDBLACK_ENTRY_VIEW),
            new NavItem("reviewLists", "console.nav.reviewLists", "/console/review/lists",
                    Permissions.REVIEW_RECORD_VIEW),
            new NavItem("creditCheck", "console.nav.creditCheck", "/console/credit-check",
                    Permissions.REDBLACK_CHECK_RUN),
            new NavItem("exposure", "console.nav.exposure", "/console/redblack/exposure",
                    Permissions.REDBLACK_EXPOSURE_CURATE),
            new NavItem("listTypes", "console.nav.listTypes", "/console/redblack/types", Permissions.REDBLACK_TYPE_EDIT),
            new NavItem("jobs", "console.nav.jobs", "/console/jobs", Permissions.JOBS_RUN_VIEW),
            new NavItem("audit", "console.nav.operationLog", "/console/audit/operations",
                    Permissions.AUDIT_OPERATION_VIEW),
            new NavItem("audit", "console.nav.loginLog", "/console/audit/logins", Permissions.AUDIT_LOGIN_VIEW),
            new NavItem("audit", "console.nav.personalDataLog", "/console/audit/personal-data",
                    Permissions.AUDIT_PERSONAL_DATA_VIEW),
            new NavItem("credential", "console.nav.apiCredentials", "/console/api-credentials",
                    Permissions.SUBMISSION_CREDENTIAL_MANAGE));

    public List<NavItem> visibleItems() {
        return ITEMS.stream().filter(item -> CurrentUser.isPermitted(item.permission())).toList();
    }
}
