package cn.gov.zjg.credit.submission.push;

import java.net.URI;
import java.util.Locale;

import cn.gov.zjg.credit.shared.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused push call as an RFC 9457 problem: {@code type} {@code urn:credit-zjg:push:<code>}, Chinese title and
 * detail from the bundles, the stable {@code code} and the {@code requestId}. Ordered before the application's
 * catch-all handler.
 */
@RestControllerAdvice(annotations = SignedApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PushProblemAdvice {

    static final String TYPE_PREFIX = "urn:credit-zjg:push:";
    private static final Logger log = LoggerFactory.getLogger(PushProblemAdvice.class);
    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    PushProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PushProblem.class)
    ResponseEntity<ProblemDetail> refused(PushProblem problem, HttpServletRequest request) {
        PushError error = problem.error();
        log.info("Push refused {} {}: {}", request.getMethod(), request.getRequestURI(), error.code());
        ProblemDetail detail = ProblemDetail.forStatus(error.status());
        detail.setType(URI.create(TYPE_PREFIX + error.code()));
        detail.setTitle(messages.getMessage(error.titleKey(), null, LOCALE));
        detail.setDetail(messages.getMessage(error.detailKey(), problem.args(), LOCALE));
        detail.setInstance(URI.create(request.getRequestURI()));
        detail.setProperty("code", error.code());
        detail.setProperty(RequestIdFilter.ATTRIBUTE, RequestIdFilter.of(request));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(error.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(problem.retryAfterSeconds()));
        }
        return response.body(detail);
    }
}
