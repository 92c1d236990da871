package cn.gov.zjg.credit.redblack;

import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bodies of the feature's signed APIs ({@code /api/v1/redblack-entries}, {@code /api/v1/credit-checks}): a JSON object
 * with one non-empty array of at most {@code max} elements. A body that breaks this is refused as a whole with a
 * problem whose detail comes from the bundles ({@code redblack.api.*}); signature refusals are the push API's own.
 */
@RestControllerAdvice(basePackages = "cn.gov.zjg.credit.redblack")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ApiRequests(MessageSource messages) {
        this.messages = messages;
    }

    /** A body refused as a whole. */
    public static final class Refusal extends RuntimeException {
        private final HttpStatus status;
        private final String messageKey;
        private final transient Object[] args;

        Refusal(HttpStatus status, String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.status = status;
            this.messageKey = messageKey;
            this.args = args;
        }
    }

    /** The root object of {@code body}, whose array {@code field} has 1 to {@code max} elements. */
    public static JsonNode read(byte[] body, String field, int max) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "redblack.api.jsonMalformed");
        }
        JsonNode list = root == null || !root.isObject() ? null : root.get(field);
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "redblack.api." + field + "Missing");
        }
        if (list.size() > max) {
            throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "redblack.api." + field + "TooMany", max, list.size());
        }
        return root;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status,
                messages.getMessage(refusal.messageKey, refusal.args, Locale.SIMPLIFIED_CHINESE));
        problem.setTitle(messages.getMessage("redblack.api.refused", null, Locale.SIMPLIFIED_CHINESE));
        return ResponseEntity.status(refusal.status).body(problem);
    }
}
