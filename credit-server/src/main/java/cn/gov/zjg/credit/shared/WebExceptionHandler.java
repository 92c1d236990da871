package cn.gov.zjg.credit.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps the few domain and security exceptions to status pages (HTML) or {@link ProblemDetail} (API). Anything else
 * falls through to Boot's error handling, which renders {@code error/500} with the request id and no detail.
 */
@ControllerAdvice
public class WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

    @ExceptionHandler(UnauthenticatedException.class)
    Object unauthenticated(HttpServletRequest request) {
        if (isApi(request)) {
            return problem(HttpStatus.UNAUTHORIZED, request);
        }
        return new ModelAndView("redirect:/login");
    }

    @ExceptionHandler(AuthorizationException.class)
    Object forbidden(HttpServletRequest request, AuthorizationException e) {
        log.info("Forbidden {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return status(HttpStatus.FORBIDDEN, request);
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(HttpServletRequest request) {
        return status(HttpStatus.NOT_FOUND, request);
    }

    private static Object status(HttpStatus status, HttpServletRequest request) {
        if (isApi(request)) {
            return problem(status, request);
        }
        ModelAndView view = new ModelAndView("error/" + status.value(), status);
        view.addObject("status", status.value());
        view.addObject(RequestIdFilter.ATTRIBUTE, RequestIdFilter.of(request));
        return view;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, HttpServletRequest request) {
        ProblemDetail detail = ProblemDetail.forStatus(status);
        detail.setProperty(RequestIdFilter.ATTRIBUTE, RequestIdFilter.of(request));
        return ResponseEntity.status(status).body(detail);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
