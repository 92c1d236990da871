package cn.gov.zjg.credit.submission.push;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department system as the push API sees it: signs each call with its access key and secret, as docs/push-api.md
 * describes, over real HTTP. Every part of a call can be spoiled on purpose.
 */
final class PushClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String accessKey;
    private final String secret;

    PushClient(int port, String accessKey, String secret) {
        this.port = port;
        this.accessKey = accessKey;
        this.secret = secret;
    }

    Call call(String path, String body) {
        return new Call(path, body);
    }

    HttpResponse<String> post(String path, String body) {
        return call(path, body).send();
    }

    static String records(List<Map<String, Object>> records) {
        return JSON.writeValueAsString(Map.of("records", records));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A problem detail with this status and code, a title and the request id. */
    static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode problem = PushClient.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("requestId").asString()).isNotBlank();
        assertThat(problem.get("title").asString()).isNotBlank();
        return problem;
    }

    /** One call; signed when sent, unless a signature is forced. */
    final class Call {
        final String path;
        final String body;
        String accessKey = PushClient.this.accessKey;
        long timestamp = Instant.now().getEpochSecond();
        String nonce = UUID.randomUUID().toString().replace("-", "");
        String signature;
        String idempotencyKey;
        String contentType = "application/json";
        boolean chunked;

        private Call(String path, String body) {
            this.path = path;
            this.body = body;
        }

        Call idempotencyKey(String key) {
            this.idempotencyKey = key;
            return this;
        }

        String computedSignature() {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return Signatures.sign(secret, Signatures.stringToSign("POST", path, String.valueOf(timestamp), nonce,
                    Signatures.sha256Hex(bytes)));
        }

        HttpResponse<String> send() {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Credit-Key", accessKey)
                    .header("X-Credit-Timestamp", String.valueOf(timestamp))
                    .header("X-Credit-Nonce", nonce)
                    .header("X-Credit-Signature", signature != null ? signature : computedSignature())
                    .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                            : HttpRequest.BodyPublishers.ofByteArray(bytes));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
