package cn.gov.zjg.credit.submission.push;

import org.springframework.http.HttpStatus;

/**
 * Every way a push call can be refused as a whole, with its HTTP status and the stable {@code code} clients may
 * branch on. Title and detail come from the bundles: {@code submission.push.error.<code>.title} / {@code .detail}.
 */
enum PushError {

    AUTH_HEADERS_MISSING(HttpStatus.UNAUTHORIZED, "authHeadersMissing"),
    TIMESTAMP_INVALID(HttpStatus.UNAUTHORIZED, "timestampInvalid"),
    TIMESTAMP_STALE(HttpStatus.UNAUTHORIZED, "timestampStale"),
    NONCE_INVALID(HttpStatus.UNAUTHORIZED, "nonceInvalid"),
    KEY_UNKNOWN(HttpStatus.UNAUTHORIZED, "keyUnknown"),
    KEY_REVOKED(HttpStatus.UNAUTHORIZED, "keyRevoked"),
    SIGNATURE_INVALID(HttpStatus.UNAUTHORIZED, "signatureInvalid"),
    DEPARTMENT_DISABLED(HttpStatus.FORBIDDEN, "departmentDisabled"),
    /** A correctly signed request whose nonce was already used: a replay, or a client that re-sent without re-signing. */
    NONCE_REUSED(HttpStatus.CONFLICT, "nonceReused"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rateLimited"),
    CONTENT_TYPE_UNSUPPORTED(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "contentTypeUnsupported"),
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "bodyTooLarge"),
    JSON_MALFORMED(HttpStatus.BAD_REQUEST, "jsonMalformed"),
    RECORDS_MISSING(HttpStatus.BAD_REQUEST, "recordsMissing"),
    IDEMPOTENCY_KEY_INVALID(HttpStatus.BAD_REQUEST, "idempotencyKeyInvalid"),
    RECORDS_EMPTY(HttpStatus.UNPROCESSABLE_CONTENT, "recordsEmpty"),
    TOO_MANY_RECORDS(HttpStatus.UNPROCESSABLE_CONTENT, "tooManyRecords"),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "idempotencyKeyReused");

    private final HttpStatus status;
    private final String code;

    PushError(HttpStatus status, String code) {
        this.status = status;
        this.code = code;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String titleKey() {
        return "submission.push.error." + code + ".title";
    }

    String detailKey() {
        return "submission.push.error." + code + ".detail";
    }
}
