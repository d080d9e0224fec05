package org.reportminer.cli.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.cli.Services;
import org.reportminer.corpus.ingest.IngestOptions;
import org.reportminer.corpus.testing.SharedData;

/**
 * Every route of the workbench over real HTTP, in-process, on the examples uploaded through the API: status codes,
 * JSON shapes, the CSRF check, the upload limit, hostile file names, the access token, and search during an upload.
 */
class ServeHttpTest {
    @TempDir
    static Path dir;
    static Services services;
    static WebServer server;
    static WebClient client;
    static Path examples;
    static String id2021;
    static String id2023;

    @BeforeAll
    static void uploadExamples() throws Exception {
        services = new Services(Map.of(), dir, IngestOptions.defaults());
        server = WebServer.start(new WebConfig(dir.resolve("store"), "127.0.0.1", 0, null, 2L * 1024 * 1024),
                services);
        client = new WebClient(server.port());
        examples = SharedData.repoRoot().resolve("examples");
        id2021 = client.upload(examples.resolve("2021-巡察整改进展情况.txt")).get("id").asText();
        client.upload(examples.resolve("2022-党风廉政建设责任制报告.docx"));
        id2023 = client.upload(examples.resolve("2023-巡察整改进展情况.docx")).get("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void uploadSaysWhatBecameOfTheFileAndTheSameFileTwiceIsOneReport() throws Exception {
        JsonNode again = client.upload(examples.resolve("2021-巡察整改进展情况.txt"));
        assertEquals("unchanged", again.get("outcome").asText());
        assertEquals(id2021, again.get("id").asText());
        JsonNode gbk = client.upload(examples.resolve("2022-党风廉政建设责任制报告.gbk.txt"));
        assertEquals("duplicate", gbk.get("outcome").asText(), gbk.toString());
        JsonNode bad = client.upload("notes.xyz", "不是报告".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("failed", bad.get("outcome").asText());
        assertFalse(bad.get("reason").asText().isBlank());
        JsonNode list = WebClient.json(client.get("/api/reports"));
        long n2021 = Stream.iterate(0, i -> i + 1).limit(list.size()).filter(i -> list.get(i).get("id").asText()
                .equals(id2021)).count();
        assertEquals(1, n2021);
    }

    @Test
    void twoConcurrentUploadsOfOneFileEndAsOneReport() throws Exception {
        Path file = examples.resolve("more/2023-泊云区市场监督管理局落实全面从严治党主体责任情况报告.txt");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<JsonNode> a = pool.submit(() -> new WebClient(server.port()).upload(file));
            Future<JsonNode> b = pool.submit(() -> new WebClient(server.port()).upload(file));
            Set<String> outcomes = Set.of(a.get().get("outcome").asText(), b.get().get("outcome").asText());
            assertEquals(Set.of("added", "unchanged"), outcomes);
            assertEquals(a.get().get("id").asText(), b.get().get("id").asText());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pagesRenderInChineseWithTheSecurityHeaders() throws Exception {
        for (String path : List.of("/library", "/reports/" + id2021, "/reports/" + id2021 + "/ledger",
                "/search?q=" + WebClient.enc("整改"), "/compare?org=" + WebClient.enc("青禾市文化和旅游局"))) {
            HttpResponse<String> r = client.get(path);
            assertEquals(200, r.statusCode(), path + " " + r.body());
            assertTrue(r.body().contains("资料库") && r.body().contains("检索") && r.body().contains("对比"), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'"), csp);
            assertFalse(r.body().contains("http://") || r.body().contains("https://"), path + " links outside");
        }
        assertEquals(302, client.get("/").statusCode());
        assertEquals(200, client.get("/static/app.js").statusCode());
        assertEquals(404, client.get("/static/..%2Fapp.css").statusCode());
        assertEquals(404, client.get("/reports/ffffffffffff").statusCode());
        assertEquals(404, client.get("/nowhere").statusCode());
    }

    @Test
    void reportPageMarksFindingsMeasuresAndCountsFromTheOffsets() throws Exception {
        String html = client.get("/reports/" + id2021 + "?at=10&len=4").body();
        assertTrue(html.contains("class=\"finding\""));
        assertTrue(html.contains("class=\"measure st-done\"") || html.contains("class=\"measure st-in-progress\""));
        assertTrue(html.contains("class=\"count\" title=\"数值 "));
        assertTrue(html.contains("id=\"f-F1\""));
        assertTrue(html.contains("class=\"target\""));
        // the failed BREAKDOWN_SUM check links to its offset
        assertTrue(html.contains("?at=1706&amp;len=4#at"), "check link");
    }

    @Test
    void ledgerPageFiltersSortsAndDownloads() throws Exception {
        String all = client.get("/reports/" + id2021 + "/ledger").body();
        String done = client.get("/reports/" + id2021 + "/ledger?status=" + WebClient.enc("已完成") + "&sort=area&dir=desc")
                .body();
        assertTrue(rows(done) > 0 && rows(done) < rows(all), rows(done) + " of " + rows(all));
        assertTrue(all.contains("class=\"corrections\""));
        HttpResponse<String> csv = client.get("/reports/" + id2021 + "/ledger.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("序号") || csv.body().startsWith("\uFEFF序号"), csv.body().substring(0, 20));
        HttpResponse<byte[]> xlsx = client.sendBytes(client.request("/reports/" + id2021 + "/ledger.xlsx").GET());
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', (char) xlsx.body()[0]);
        assertEquals('K', (char) xlsx.body()[1]);
    }

    private static int rows(String html) {
        return html.split("class=\"corrections\"", -1).length - 1;
    }

    @Test
    void apiAnswersWithTheShapesOfTheCliJson() throws Exception {
        JsonNode list = WebClient.json(client.get("/api/reports"));
        assertTrue(list.isArray() && list.size() >= 3);
        for (String f : List.of("id", "source", "title", "org", "year", "kind", "sha256")) {
            assertTrue(list.get(0).has(f), f);
        }
        JsonNode report = WebClient.json(client.get("/api/reports/" + id2021));
        assertEquals(id2021, report.get("id").asText());
        assertTrue(report.get("extraction").get("findings").size() > 0);
        JsonNode ledger = WebClient.json(client.get("/api/reports/" + id2021 + "/ledger"));
        assertTrue(ledger.get("rows").size() > 0 && ledger.get("rows").get(0).has("measure"));
        JsonNode search = WebClient.json(client.get("/api/search?q=" + WebClient.enc("整改") + "&level=finding&limit=3"));
        assertTrue(search.get("total").asLong() > 0);
        assertTrue(search.get("hits").size() <= 3 && search.get("hits").get(0).get("highlighted").asText().contains("【"));
        assertTrue(search.get("facets").has("year"));
        JsonNode compare = WebClient.json(client.get("/api/compare?org=" + WebClient.enc("青禾市文化和旅游局")));
        for (String f : List.of("reports", "links", "chains", "matrix", "diffs", "reuse")) {
            assertTrue(compare.has(f), f);
        }
        assertEquals(400, client.get("/api/search?q=" + WebClient.enc("(((")).statusCode());
        assertEquals(400, client.get("/api/search?level=chapter").statusCode());
        HttpResponse<String> missing = client.get("/api/reports/ffffffffffff");
        assertEquals(404, missing.statusCode());
        assertTrue(WebClient.json(missing).has("error"));
    }

    @Test
    void writesWithoutTheCsrfTokenAreRefused() throws Exception {
        byte[] body = "x".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(403, client.send(client.request("/api/upload?name=a.txt")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))).statusCode());
        // the header alone is not enough: the cookie must carry the same value
        assertEquals(403, client.send(client.request("/api/upload?name=a.txt").header(Guard.CSRF_HEADER, client.csrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))).statusCode());
        assertEquals(403, client.send(client.request("/api/reports/" + id2023).DELETE()).statusCode());
        assertEquals(403, client.send(client.request("/reports/" + id2023 + "/delete")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", Guard.CSRF_COOKIE + "=" + client.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=wrong"))).statusCode());
        assertEquals(200, client.get("/api/reports/" + id2023).statusCode(), "still there");
    }

    @Test
    void anOversizedUploadIs413AndLeavesNothing() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = client.send(client.withCsrf(client.request("/api/upload?name=big.txt")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big))));
        assertEquals(413, r.statusCode());
        // without a length up front (chunked), the limit is enforced while reading
        HttpResponse<String> chunked = client.send(client.withCsrf(client.request("/api/upload?name=big2.txt")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))));
        assertEquals(413, chunked.statusCode());
        try (Stream<Path> files = Files.walk(dir.resolve("store/uploads"))) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith("big")));
        }
    }

    @Test
    void aPathTraversalFileNameStaysInsideTheStore() throws Exception {
        byte[] text = Files.readAllBytes(examples.resolve("more/2023-鹭汀镇人民政府工作总结.txt"));
        for (String name : List.of("../../escape.txt", "..\\..\\escape2.txt", "/etc/escape3.txt", ".hidden.txt")) {
            JsonNode out = client.upload(name, text);
            assertFalse(out.get("name").asText().contains("/") || out.get("name").asText().contains("\\")
                    || out.get("name").asText().startsWith("."), out.toString());
        }
        assertFalse(Files.exists(dir.resolve("escape.txt")));
        assertFalse(Files.exists(dir.resolve("store/escape.txt")));
        assertFalse(Files.exists(Path.of("/etc/escape3.txt")));
        try (Stream<Path> files = Files.walk(dir.resolve("store/uploads"))) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().equals("escape.txt")));
        }
    }

    @Test
    void metadataIsValidatedStoredAndReindexed() throws Exception {
        String path = "/api/reports/" + id2023 + "/metadata";
        HttpResponse<String> bad = client.send(client.withCsrf(client.request(path)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"year\":\"二〇二三\"}"))));
        assertEquals(400, bad.statusCode());
        HttpResponse<String> tooLong = client.send(client.withCsrf(client.request(path)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"org\":\"" + "局".repeat(500) + "\"}"))));
        assertEquals(400, tooLong.statusCode());
        HttpResponse<String> ok = client.send(client.withCsrf(client.request(path)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"kind\":\"巡察整改回头看\",\"year\":2023}"))));
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("巡察整改回头看", WebClient.json(ok).get("kind").asText());
        assertEquals("巡察整改回头看", WebClient.json(client.get("/api/reports/" + id2023)).get("kind").asText());
        JsonNode found = WebClient.json(client.get("/api/search?kind=" + WebClient.enc("巡察整改回头看")));
        assertTrue(found.get("total").asLong() > 0, found.toString());
    }

    @Test
    void deleteRemovesTheReportFromListSearchAndUploads() throws Exception {
        JsonNode up = client.upload(examples.resolve("more/2023-岚溪县农业农村局审计整改情况报告.txt"));
        String id = up.get("id").asText();
        HttpResponse<String> del = client.send(client.withCsrf(client.request("/api/reports/" + id).DELETE()));
        assertEquals(200, del.statusCode(), del.body());
        assertEquals(id, WebClient.json(del).get("id").asText());
        assertEquals(404, client.get("/api/reports/" + id).statusCode());
        JsonNode search = WebClient.json(client.get("/api/search?org=" + WebClient.enc("岚溪县农业农村局")));
        assertEquals(0, search.get("total").asLong());
        try (Stream<Path> files = Files.walk(dir.resolve("store/uploads"))) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("岚溪县")));
        }
        assertEquals(404, client.send(client.withCsrf(client.request("/api/reports/" + id).DELETE())).statusCode());
    }

    @Test
    void searchWorksWhileAnUploadIsIndexed() throws Exception {
        AtomicBoolean uploading = new AtomicBoolean(true);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> upload = pool.submit(() -> {
            try {
                return new WebClient(server.port()).upload("2021-copy.txt",
                        (Files.readString(examples.resolve("2021-巡察整改进展情况.txt")) + "\n附：复印件").getBytes(
                                java.nio.charset.StandardCharsets.UTF_8));
            } finally {
                uploading.set(false);
            }
        });
        List<Integer> codes = new ArrayList<>();
        while (uploading.get() || codes.size() < 3) {
            codes.add(client.get("/api/search?q=" + WebClient.enc("整改")).statusCode());
        }
        upload.get();
        pool.shutdown();
        assertEquals(Set.of(200), new HashSet<>(codes));
    }

    @Test
    void anyOtherHostNeedsTheToken() throws Exception {
        assertThrowsIllegal(() -> new WebConfig(dir.resolve("store"), "0.0.0.0", 0, null, 1024));
        try (WebServer guarded = WebServer.start(new WebConfig(dir.resolve("store"), "127.0.0.1", 0, "s3cret", 1024),
                services)) {
            WebClient c = new WebClient(guarded.port());
            assertEquals(401, c.get("/library").statusCode());
            assertEquals(401, c.get("/api/reports").statusCode());
            assertEquals(401, c.get("/api/reports?token=wrong").statusCode());
            assertEquals(200, c.send(c.request("/api/reports").header("Authorization", "Bearer s3cret").GET())
                    .statusCode());
            HttpResponse<String> withQuery = c.get("/library?token=s3cret");
            assertEquals(200, withQuery.statusCode());
            String cookie = withQuery.headers().allValues("Set-Cookie").stream()
                    .filter(s -> s.startsWith(Guard.TOKEN_COOKIE + "=")).findFirst().orElse("");
            assertTrue(cookie.contains("HttpOnly"), cookie);
            assertEquals(200, c.send(c.request("/library").header("Cookie", cookie.split(";")[0]).GET()).statusCode());
            assertTrue(guarded.url().endsWith("?token=s3cret"));
        }
    }

    @Test
    void aRequestForAnotherHostNameIsRefused() throws Exception {
        // a page elsewhere that rebinds its own name to 127.0.0.1 sends its own name as Host
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write("GET /api/reports HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 403 Forbidden", status);
        }
    }

    private static void assertThrowsIllegal(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            assertNotNull(e.getMessage());
            return;
        }
        throw new AssertionError("expected IllegalArgumentException");
    }
}
