package cn.gov.zjg.credit.security;

import java.util.List;

/** What it takes to create a console user. */
public record NewUser(String username, String displayName, String password, Long departmentId, List<String> roleCodes) {
}
