package cn.gov.zjg.credit.demo.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A closed-loop HTTP load generator: {@code concurrency} threads each send one GET after the other, for a warm-up and
 * then for {@code requests} requests in all, and the latency of each measured request is kept. A scenario gives the
 * path of each request from a random stream, so requests spread over many subjects and pages as real visitors do.
 */
final class LoadGenerator {

    /** A named kind of request; {@code paths} picks the path of one request. */
    record Scenario(String name, Function<SplittableRandom, String> paths) {
    }

    /** The outcome of one scenario at one concurrency. Latencies in milliseconds. */
    record Result(String scenario, int concurrency, int requests, int errors, String firstError, double seconds,
            double p50, double p95, double p99, double max) {

        double throughput() {
            return requests / seconds;
        }
    }

    private final String baseUrl;
    private final HttpClient http;

    LoadGenerator(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Result run(Scenario scenario, int concurrency, int warmup, int requests, long seed) throws InterruptedException {
        drive(scenario, concurrency, warmup, seed ^ 0x5DEECE66DL, null);
        long[] latencies = new long[requests];
        return drive(scenario, concurrency, requests, seed, latencies);
    }

    /** GETs a path once; the body (for following links). */
    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private Result drive(Scenario scenario, int concurrency, int count, long seed, long[] latencies)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            SplittableRandom random = new SplittableRandom(seed * 31 + t);
            pool.execute(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        String path = scenario.paths().apply(random);
                        long sent = System.nanoTime();
                        String error = send(path);
                        if (latencies != null) {
                            latencies[i] = System.nanoTime() - sent;
                        }
                        if (error != null) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, error);
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (latencies == null) {
            return null;
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(scenario.name(), concurrency, count, errors.get(), firstError.get(), seconds,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }

    /** Sends one request and reads the whole body; null if it answered 200, else what went wrong. */
    private String send(String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? null : response.statusCode() + " " + path;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + " " + path;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html").GET().build();
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
