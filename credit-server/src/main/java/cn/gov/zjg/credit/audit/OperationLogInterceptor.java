package cn.gov.zjg.credit.audit;

import cn.hutool.core.util.StrUtil;
import java.util.Map;

import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.UserPrincipal;
import cn.gov.zjg.credit.shared.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes the operation log for handlers marked {@link AuditedOperation}, after they complete, including failures
 * (status 4xx/5xx or an exception). A failure to write the log is logged, never shown to the user.
 */
@Component
class OperationLogInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(OperationLogInterceptor.class);
    private static final String START = OperationLogInterceptor.class.getName() + ".start";

    private final AuditService audit;

    OperationLogInterceptor(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute(START, System.nanoTime());
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!(handler instanceof HandlerMethod method)) {
            return;
        }
        AuditedOperation operation = method.getMethodAnnotation(AuditedOperation.class);
        if (operation == null) {
            return;
        }
        try {
            audit.record(toRecord(operation, request, response, ex));
        } catch (RuntimeException e) {
            log.error("Could not write the operation log for {} {}", request.getMethod(), request.getRequestURI(), e);
        }
    }

    private OperationRecord toRecord(AuditedOperation operation, HttpServletRequest request,
            HttpServletResponse response, Exception ex) {
        UserPrincipal user = CurrentUser.find().orElse(null);
        int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
        Object start = request.getAttribute(START);
        int durationMs = start == null ? 0 : (int) ((System.nanoTime() - (long) start) / 1_000_000);
        return new OperationRecord(null, user == null ? null : user.id(), user == null ? null : user.username(),
                user == null ? null : user.departmentId(), operation.module(), operation.action(), target(request),
                request.getMethod(), StrUtil.sub(request.getRequestURI(), 0, 255), request.getRemoteAddr(),
                StrUtil.sub(request.getHeader("User-Agent"), 0, 255), status < 400, status,
                ex == null ? null : ex.getClass().getSimpleName(), RequestIdFilter.of(request), durationMs, null);
    }

    @SuppressWarnings("unchecked")
    private static String target(HttpServletRequest request) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (vars instanceof Map<?, ?> map && !map.isEmpty()) {
            return StrUtil.sub(((Map<String, String>) map).toString(), 0, 255);
        }
        return null;
    }
}
