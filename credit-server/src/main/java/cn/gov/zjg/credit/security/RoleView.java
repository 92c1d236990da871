package cn.gov.zjg.credit.security;

/** A role as offered in the user form. */
public record RoleView(long id, String code, String name, String dataScope) {

    public boolean departmentScoped() {
        return "DEPARTMENT".equals(dataScope);
    }
}
