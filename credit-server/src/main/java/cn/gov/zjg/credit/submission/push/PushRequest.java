package cn.gov.zjg.credit.submission.push;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;

/**
 * One push call as received: the signature headers, the optional idempotency key and the raw body, checked for shape
 * only (headers present, JSON content type, size). The body is read here, by hand, up to the limit: a larger body is
 * refused without being buffered, and nothing is parsed before the signature is verified.
 */
record PushRequest(String method, String path, String accessKey, String timestamp, String nonce, String signature,
        String idempotencyKey, byte[] body, String bodySha256) {

    static final String KEY = "X-Credit-Key";
    static final String TIMESTAMP = "X-Credit-Timestamp";
    static final String NONCE = "X-Credit-Nonce";
    static final String SIGNATURE = "X-Credit-Signature";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Pattern IDEMPOTENCY_KEY_FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    static PushRequest read(HttpServletRequest request, long maxBodyBytes) {
        List<String> missing = new ArrayList<>();
        String key = header(request, KEY, missing);
        String timestamp = header(request, TIMESTAMP, missing);
        String nonce = header(request, NONCE, missing);
        String signature = header(request, SIGNATURE, missing);
        if (!missing.isEmpty()) {
            throw new PushProblem(PushError.AUTH_HEADERS_MISSING, String.join(", ", missing));
        }
        String idempotencyKey = request.getHeader(IDEMPOTENCY_KEY);
        if (idempotencyKey != null && !IDEMPOTENCY_KEY_FORMAT.matcher(idempotencyKey).matches()) {
            throw new PushProblem(PushError.IDEMPOTENCY_KEY_INVALID);
        }
        requireJson(request.getContentType());
        byte[] body = readBody(request, maxBodyBytes);
        return new PushRequest(request.getMethod(), request.getRequestURI(), key, timestamp, nonce, signature,
                idempotencyKey, body, Signatures.sha256Hex(body));
    }

    String stringToSign() {
        return Signatures.stringToSign(method, path, timestamp, nonce, bodySha256);
    }

    private static String header(HttpServletRequest request, String name, List<String> missing) {
        String value = request.getHeader(name);
        if (value == null || value.isBlank()) {
            missing.add(name);
            return null;
        }
        return value.trim();
    }

    /** {@code application/json}, with no charset or UTF-8 (RFC 8259 JSON is UTF-8). */
    private static void requireJson(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
            if (type != null && MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                    && (type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset()))) {
                return;
            }
        } catch (IllegalArgumentException e) { // InvalidMediaTypeException, unknown charset
            // falls through: an unreadable content type is as unsupported as a wrong one
        }
        throw new PushProblem(PushError.CONTENT_TYPE_UNSUPPORTED);
    }

    private static byte[] readBody(HttpServletRequest request, long maxBodyBytes) {
        // A declared length over the limit is refused before reading a byte; chunked bodies stop at limit + 1.
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw new PushProblem(PushError.BODY_TOO_LARGE, String.valueOf(maxBodyBytes));
        }
        try {
            InputStream in = request.getInputStream(); // the container's stream: not ours to close
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                throw new PushProblem(PushError.BODY_TOO_LARGE, String.valueOf(maxBodyBytes));
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
