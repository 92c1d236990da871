package cn.gov.zjg.credit.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import cn.hutool.core.util.IdUtil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.session.Session;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * CSRF protection for every state-changing request outside the signed push API: a per-session synchroniser token
 * (form field {@code _csrf} or header {@code X-CSRF-TOKEN}) plus an {@code Origin} check. Shiro has none of its own.
 * Exposed to templates as {@code @csrf}, so only pages with forms create a session.
 */
@Component("csrf")
public class CsrfProtection implements HandlerInterceptor {

    public static final String PARAMETER = "_csrf";
    public static final String HEADER = "X-CSRF-TOKEN";
    private static final String SESSION_ATTRIBUTE = "csrfToken";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** The token of the current session, created on first use. */
    public String token() {
        Session session = SecurityUtils.getSubject().getSession();
        Object token = session.getAttribute(SESSION_ATTRIBUTE);
        if (token == null) {
            token = IdUtil.fastSimpleUUID() + IdUtil.fastSimpleUUID();
            session.setAttribute(SESSION_ATTRIBUTE, token);
        }
        return token.toString();
    }

    public String parameterName() {
        return PARAMETER;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getRequestURI().startsWith("/api/")) {
            return true;
        }
        if (!sameOrigin(request) || !tokenMatches(request)) {
            throw new AuthorizationException("CSRF check failed for " + request.getRequestURI());
        }
        return true;
    }

    private boolean tokenMatches(HttpServletRequest request) {
        Session session = SecurityUtils.getSubject().getSession(false);
        Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        String actual = request.getHeader(HEADER);
        if (actual == null) {
            actual = request.getParameter(PARAMETER);
        }
        return expected != null && actual != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    /** Browsers send Origin on cross-site POSTs; when present it must name this host. */
    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            String originHost = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
