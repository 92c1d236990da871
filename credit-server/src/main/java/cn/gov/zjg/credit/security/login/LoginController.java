package cn.gov.zjg.credit.security.login;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;

import cn.gov.zjg.credit.security.AccountService;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.LoginEvent;
import cn.gov.zjg.credit.security.LoginEvent.Result;
import cn.gov.zjg.credit.security.UserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Login and logout. The captcha appears after repeated failures (per account or per client address); too many
 * failures lock the account for a while. The session is replaced on login (no session fixation).
 */
@Controller
class LoginController {

    private final LoginAttempts attempts;
    private final LoginCaptcha captcha;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginController(LoginAttempts attempts, LoginCaptcha captcha, AccountService accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.attempts = attempts;
        this.captcha = captcha;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/login")
    String loginPage(HttpServletRequest request, Model model) {
        if (CurrentUser.find().isPresent()) {
            return "redirect:/console";
        }
        model.addAttribute("form", LoginForm.empty());
        model.addAttribute("captchaRequired", attempts.captchaRequiredForIp(request.getRemoteAddr()));
        return "console/login";
    }

    @PostMapping("/login")
    String login(LoginForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        String username = form.username() == null ? "" : form.username().trim();
        String ip = request.getRemoteAddr();
        String userAgent = request.getHeader("User-Agent");
        if (attempts.isLocked(username)) {
            publish(username, ip, userAgent, Result.LOCKED, "locked");
            return failed(form, model, response, "security.login.locked", attempts.lockMinutesLeft(username));
        }
        if (attempts.captchaRequired(username, ip) && !captcha.verifyAndClear(form.captcha())) {
            attempts.recordFailure(username, ip);
            publish(username, ip, userAgent, Result.CAPTCHA, "captcha");
            return failed(form, model, response, "security.login.captchaWrong");
        }
        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        Subject subject = SecurityUtils.getSubject();
        subject.logout(); // drop the anonymous session: a fresh one is created on login
        try {
            subject.login(new UsernamePasswordToken(username, form.password()));
        } catch (AuthenticationException e) {
            boolean locked = attempts.recordFailure(username, ip);
            String reason = e instanceof DisabledAccountException ? "disabled" : "credentials";
            publish(username, ip, userAgent, locked ? Result.LOCKED : Result.FAILURE, reason);
            return locked
                    ? failed(form, model, response, "security.login.locked", attempts.lockMinutesLeft(username))
                    : failed(form, model, response, "security.login.failed");
        }
        attempts.recordSuccess(username, ip);
        UserPrincipal user = CurrentUser.get();
        accounts.recordLogin(user.id(), LocalDateTime.now(clock), ip);
        publish(username, ip, userAgent, Result.SUCCESS, null);
        return "redirect:" + safeTarget(saved);
    }

    @PostMapping("/logout")
    String logout(HttpServletRequest request) {
        CurrentUser.find().ifPresent(user -> publish(user.username(), request.getRemoteAddr(),
                request.getHeader("User-Agent"), Result.LOGOUT, null));
        SecurityUtils.getSubject().logout();
        return "redirect:/login?logout";
    }

    @GetMapping(value = "/login/captcha", produces = MediaType.IMAGE_PNG_VALUE)
    void captchaImage(HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.IMAGE_PNG_VALUE);
        response.setHeader("Cache-Control", "no-store");
        captcha.writeNew(response.getOutputStream());
    }

    private String failed(LoginForm form, Model model, HttpServletResponse response, String messageKey,
            Object... args) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        model.addAttribute("form", new LoginForm(form.username(), "", ""));
        model.addAttribute("error", messageKey);
        model.addAttribute("errorArgs", args);
        model.addAttribute("captchaRequired", true);
        return "console/login";
    }

    /** Only redirect back into the console, never to another site. */
    private static String safeTarget(SavedRequest saved) {
        if (saved != null && "GET".equalsIgnoreCase(saved.getMethod())) {
            String url = saved.getRequestUrl();
            if (url != null && url.startsWith("/console") && !url.startsWith("//")) {
                return url;
            }
        }
        return "/console";
    }

    private void publish(String username, String ip, String userAgent, Result result, String reason) {
        events.publishEvent(new LoginEvent(username, ip, userAgent, result, reason));
    }
}
