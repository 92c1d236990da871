package cn.gov.zjg.credit.security;

/** Codes of the seeded roles. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String REVIEWER = "REVIEWER";
    public static final String SUBMITTER = "SUBMITTER";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {
    }
}
