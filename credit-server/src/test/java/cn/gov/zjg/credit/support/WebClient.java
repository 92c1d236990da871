package cn.gov.zjg.credit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests: keeps cookies, does not follow redirects, and sends the CSRF token of the
 * last page it loaded, as a form would.
 */
public class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    private final String baseUrl;
    private final CookieManager cookies;
    private final HttpClient http;
    private String csrfToken;

    public WebClient(int port) {
        this("http://localhost:" + port, new CookieManager());
    }

    /** A second client sharing this one's cookies (same browser), talking to another server. */
    public WebClient withBaseUrl(String otherBaseUrl) {
        return new WebClient(otherBaseUrl, cookies);
    }

    private WebClient(String baseUrl, CookieManager cookies) {
        this.baseUrl = baseUrl;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT).GET());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrfToken = m.group(1);
        }
        return response;
    }

    /** Posts a form with the CSRF token of the last page loaded. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        if (csrfToken != null) {
            withToken.putIfAbsent("_csrf", csrfToken);
        }
        return postRaw(path, withToken);
    }

    /** Posts exactly these fields (no CSRF token added). */
    public HttpResponse<String> postRaw(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart form with one file, plus the CSRF token of the last page loaded. */
    public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        return send(multipart(path, fields, fileField, fileName, content));
    }

    /** As {@link #postFile}, for a form whose answer is a file: the raw bytes. */
    public HttpResponse<byte[]> postFileForDownload(String path, Map<String, String> fields, String fileField,
            String fileName, byte[] content) {
        try {
            return http.send(multipart(path, fields, fileField, fileName, content).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder multipart(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        String boundary = "----credit" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            all.putIfAbsent("_csrf", csrfToken);
        }
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** GET returning the raw bytes (downloads). */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Loads the login page and posts the credentials; returns the login response. */
    public HttpResponse<String> login(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("CREDIT_SESSION"))
                .map(Object::toString)
                .findFirst().orElse(null);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
