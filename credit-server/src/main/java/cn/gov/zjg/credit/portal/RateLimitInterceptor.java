package cn.gov.zjg.credit.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** Applies {@link PortalRateLimiter} to the public pages; an exhausted client gets {@link RateLimitedException}. */
@Component
class RateLimitInterceptor implements HandlerInterceptor {

    private final PortalRateLimiter limiter;

    RateLimitInterceptor(PortalRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PortalRateLimiter.Refusal refusal = limiter.consume(path, clientOf(request));
        if (refusal != null) {
            throw new RateLimitedException(refusal, path);
        }
        return true;
    }

    /**
     * The client address. Behind a reverse proxy, configure {@code server.forward-headers-strategy} so this is the
     * visitor's address and not the proxy's (docs/operations.md).
     */
    static String clientOf(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    /** A group's budget is spent; carries what the 429 page needs. */
    static class RateLimitedException extends RuntimeException {

        private final transient PortalRateLimiter.Refusal refusal;
        private final String path;

        RateLimitedException(PortalRateLimiter.Refusal refusal, String path) {
            super("rate limited: " + refusal.group(), null, false, false);
            this.refusal = refusal;
            this.path = path;
        }

        PortalRateLimiter.Refusal refusal() {
            return refusal;
        }

        String path() {
            return path;
        }
    }
}
