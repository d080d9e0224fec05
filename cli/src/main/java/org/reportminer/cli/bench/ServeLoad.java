package org.reportminer.cli.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.reportminer.cli.Services;
import org.reportminer.cli.web.WebConfig;
import org.reportminer.cli.web.WebServer;

/**
 * The workbench under load ({@code bench --serve}): a server on loopback over a store of the examples uploaded
 * through its own API, then {@code clients} concurrent clients, each looping for {@code seconds} over search (API
 * and page), report pages, ledgers and the library. Reports every request's latency as p50/p99 and every answer
 * that was not 200 as an error.
 */
final class ServeLoad {
    private static final List<String> QUERIES = List.of("整改", "意识形态", "\"一岗双责\"", "主体责任 OR 廉政",
            "中央八项规定", "status:DONE", "资金 NOT 项目", "学习", "巡察 AND 反馈");

    private ServeLoad() {
    }

    static Map<String, Object> run(Services services, Path examples, int clients, int seconds, Consumer<String> note)
            throws Exception {
        Path dir = Files.createTempDirectory("reportminer-serve-bench");
        try (WebServer server = WebServer.start(new WebConfig(dir.resolve("store"), "127.0.0.1", 0, null,
                WebConfig.DEFAULT_MAX_UPLOAD), services)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<String> ids = upload(http, base, examples);
            note.accept("store: " + ids.size() + " reports uploaded; " + clients + " clients for " + seconds + " s");
            List<String> paths = new ArrayList<>();
            for (String q : QUERIES) {
                String e = URLEncoder.encode(q, StandardCharsets.UTF_8);
                paths.add("/api/search?q=" + e);
                paths.add("/search?q=" + e);
            }
            for (String id : ids) {
                paths.add("/reports/" + id);
                paths.add("/reports/" + id + "/ledger");
                paths.add("/api/reports/" + id);
            }
            paths.add("/library");
            // warm-up: every path once, so the figures are of a running server, not of class loading
            for (String p : paths) {
                http.send(HttpRequest.newBuilder(URI.create(base + p)).build(), HttpResponse.BodyHandlers.discarding());
            }
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            AtomicLong errors = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<List<Double>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    List<Double> ms = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        String p = paths.get(ThreadLocalRandom.current().nextInt(paths.size()));
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + p))
                                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        ms.add((System.nanoTime() - t0) / 1e6);
                    }
                    return ms;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : results) {
                all.addAll(f.get());
            }
            pool.shutdown();
            double[] values = all.stream().mapToDouble(Double::doubleValue).toArray();
            Map<String, Object> fig = new LinkedHashMap<>();
            fig.put("clients", clients);
            fig.put("seconds", seconds);
            fig.put("requests", values.length);
            fig.put("requestsPerSecond", Math.round(values.length / (double) seconds));
            fig.put("p50Ms", round(Stats.quantile(values, 0.5)));
            fig.put("p99Ms", round(Stats.quantile(values, 0.99)));
            fig.put("maxMs", round(Stats.quantile(values, 1.0)));
            fig.put("errors", errors.get());
            return fig;
        } finally {
            deleteTree(dir);
        }
    }

    private static List<String> upload(HttpClient http, String base, Path examples) throws Exception {
        String csrf = extract(http.send(HttpRequest.newBuilder(URI.create(base + "/api/csrf")).build(),
                HttpResponse.BodyHandlers.ofString()).body(), "\"token\"\\s*:\\s*\"([0-9a-f]+)\"");
        List<Path> files;
        try (Stream<Path> s = Files.walk(examples)) {
            files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".docx"))
                    .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        List<String> ids = new ArrayList<>();
        for (Path f : files) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/upload?name="
                    + URLEncoder.encode(f.getFileName().toString(), StandardCharsets.UTF_8)))
                    .header("Cookie", "rm_csrf=" + csrf).header("X-CSRF-Token", csrf)
                    .POST(HttpRequest.BodyPublishers.ofFile(f)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains("\"outcome\" : \"added\"")) {
                ids.add(extract(r.body(), "\"id\"\\s*:\\s*\"([0-9a-f]+)\""));
            }
        }
        return ids;
    }

    private static String extract(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return m.group(1);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
