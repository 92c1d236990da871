package cn.gov.zjg.credit.security.login;

/** The login form as posted. */
record LoginForm(String username, String password, String captcha) {

    static LoginForm empty() {
        return new LoginForm("", "", "");
    }
}
