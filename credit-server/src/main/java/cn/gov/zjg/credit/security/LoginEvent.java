package cn.gov.zjg.credit.security;

/** Published for every login attempt and logout; the audit feature records it in the login log. */
public record LoginEvent(String username, String ip, String userAgent, Result result, String reason) {

    public enum Result {
        SUCCESS, FAILURE, LOCKED, CAPTCHA, LOGOUT
    }
}
