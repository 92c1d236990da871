package cn.gov.zjg.credit.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps exceptions to status pages (HTML) or {@link ProblemDetail} (API), always with the request id and never with
 * exception detail.
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

    /**
     * Spring's own web exceptions keep their status (400, 404, 405, ...); anything else is a 500, logged once here
     * with the request id (still in the MDC) and never shown to the user.
     */
    @ExceptionHandler(Exception.class)
    Object unexpected(HttpServletRequest request, Exception e) {
        HttpStatus status = e instanceof ErrorResponse known
                ? HttpStatus.resolve(known.getStatusCode().value()) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status == null || status.is5xxServerError()) {
            log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
            status = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        }
        return status(status, request);
    }

    private static Object status(HttpStatus status, HttpServletRequest request) {
        if (isApi(request)) {
            return problem(status, request);
        }
        String template = switch (status.value()) {
            case 403, 404, 500 -> "error/" + status.value();
            default -> "error";
        };
        ModelAndView view = new ModelAndView(template, status);
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
