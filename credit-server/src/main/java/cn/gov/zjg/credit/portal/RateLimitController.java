package cn.gov.zjg.credit.portal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The 429 page (访问过于频繁) with its captcha, the captcha images, and the captcha answer that refills the
 * visitor's bucket. Public pages: no permission applies.
 */
@Controller
class RateLimitController {

    private final PortalRateLimiter limiter;
    private final PortalCaptcha captcha;

    RateLimitController(PortalRateLimiter limiter, PortalCaptcha captcha) {
        this.limiter = limiter;
        this.captcha = captcha;
    }

    @GetMapping("/captcha/{id}")
    void image(@PathVariable String id, HttpServletResponse response) throws IOException {
        if (!PortalCaptcha.isChallengeId(id)) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        response.setContentType("image/png");
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        captcha.writeImage(id, response.getOutputStream());
    }

    @PostMapping("/rate-limit/verify")
    Object verify(@RequestParam String group, @RequestParam(required = false) String captchaId,
            @RequestParam(required = false) String captchaAnswer, @RequestParam(defaultValue = "/") String returnTo,
            HttpServletRequest request) {
        String client = RateLimitInterceptor.clientOf(request);
        String target = safeReturn(returnTo);
        if (captcha.verify(captchaId, captchaAnswer) && limiter.grantPass(group, client)) {
            return "redirect:" + target;
        }
        return page(new PortalRateLimiter.Refusal(group, 60), target, limiter.passAvailable(client), true);
    }

    /** Only paths of this site: no scheme, no host, no protocol-relative {@code //}. */
    static String safeReturn(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")) {
            return "/";
        }
        return returnTo;
    }

    ModelAndView page(PortalRateLimiter.Refusal refusal, String returnTo, boolean captchaOffered,
            boolean wrongAnswer) {
        ModelAndView view = new ModelAndView("portal/rate-limited", HttpStatus.TOO_MANY_REQUESTS);
        view.addObject("group", refusal.group());
        view.addObject("retryAfterSeconds", refusal.retryAfterSeconds());
        view.addObject("retryAfterMinutes", (refusal.retryAfterSeconds() + 59) / 60);
        view.addObject("returnTo", returnTo);
        view.addObject("captchaOffered", captchaOffered);
        view.addObject("captchaId", captcha.newChallenge());
        view.addObject("wrongAnswer", wrongAnswer);
        return view;
    }

    /** Ahead of the application's catch-all handler, which would turn the refusal into a 500. */
    @ControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class RateLimitedAdvice {

        private final RateLimitController pages;
        private final PortalRateLimiter limiter;

        RateLimitedAdvice(RateLimitController pages, PortalRateLimiter limiter) {
            this.pages = pages;
            this.limiter = limiter;
        }

        @ExceptionHandler(RateLimitInterceptor.RateLimitedException.class)
        ModelAndView rateLimited(RateLimitInterceptor.RateLimitedException e, HttpServletRequest request,
                HttpServletResponse response) {
            response.setHeader("Retry-After", String.valueOf(e.refusal().retryAfterSeconds()));
            String query = request.getQueryString();
            String returnTo = "GET".equals(request.getMethod()) && query != null ? e.path() + "?" + query : e.path();
            return pages.page(e.refusal(), safeReturn(returnTo),
                    limiter.passAvailable(RateLimitInterceptor.clientOf(request)), false);
        }
    }
}
