package cn.gov.zjg.credit.security.login;

import java.io.IOException;
import java.io.OutputStream;

import cn.hutool.captcha.CaptchaUtil;
import cn.hutool.captcha.LineCaptcha;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.session.Session;

import org.springframework.stereotype.Component;

/** Image captcha for the login form; the expected answer lives in the (Redis) session and is single-use. */
@Component
class LoginCaptcha {

    private static final String SESSION_ATTRIBUTE = "loginCaptcha";

    void writeNew(OutputStream out) throws IOException {
        LineCaptcha captcha = CaptchaUtil.createLineCaptcha(120, 40, 4, 30);
        SecurityUtils.getSubject().getSession().setAttribute(SESSION_ATTRIBUTE, captcha.getCode());
        captcha.write(out);
    }

    boolean verifyAndClear(String answer) {
        Session session = SecurityUtils.getSubject().getSession(false);
        if (session == null) {
            return false;
        }
        Object expected = session.removeAttribute(SESSION_ATTRIBUTE);
        return expected != null && answer != null && expected.toString().equalsIgnoreCase(answer.trim());
    }
}
