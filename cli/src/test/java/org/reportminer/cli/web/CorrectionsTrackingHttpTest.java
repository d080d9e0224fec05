package org.reportminer.cli.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.cli.Services;
import org.reportminer.corpus.ingest.IngestOptions;
import org.reportminer.corpus.testing.SharedData;

/**
 * The correction and tracking routes of the workbench over real HTTP, on the four years of examples: a correction
 * made through the API reaches the ledger and its downloads and can be removed, bad corrections get 400 with one
 * line, writes without CSRF get 403, a corrected report is exported as gold inside the store, and the tracking API
 * and page show the four relapses of the examples.
 */
class CorrectionsTrackingHttpTest {
    private static final String ORG = "青禾市文化和旅游局";
    @TempDir
    static Path dir;
    static WebServer server;
    static WebClient client;
    static String id2023;

    @BeforeAll
    static void uploadExamples() throws Exception {
        server = WebServer.start(new WebConfig(dir.resolve("store"), "127.0.0.1", 0, null, WebConfig.DEFAULT_MAX_UPLOAD),
                new Services(Map.of(), dir, IngestOptions.defaults()));
        client = new WebClient(server.port());
        Path examples = SharedData.repoRoot().resolve("examples");
        for (String f : List.of("2021-巡察整改进展情况.txt", "2022-党风廉政建设责任制报告.docx", "2024-巡察整改进展情况.txt")) {
            client.upload(examples.resolve(f));
        }
        id2023 = client.upload(examples.resolve("2023-巡察整改进展情况.docx")).get("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return client.send(client.withCsrf(client.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))));
    }

    private static HttpResponse<String> delete(String path) throws Exception {
        return client.send(client.withCsrf(client.request(path).DELETE()));
    }

    @Test
    void aStatusCorrectionReachesTheLedgerAndItsDownloadsAndCanBeRemoved() throws Exception {
        String api = "/api/reports/" + id2023;
        JsonNode before = WebClient.json(client.get(api + "/ledger")).get("rows").get(0);
        String target = before.get("measure").asText().isEmpty() ? "F1" : "F1.M1";
        HttpResponse<String> made = post(api + "/corrections",
                "{\"target\":\"" + target + "\",\"status\":\"PLANNED\",\"responsible\":\"局办公室\"}");
        assertEquals(200, made.statusCode(), made.body());
        JsonNode listing = WebClient.json(made);
        assertEquals(2, listing.get("corrections").size(), "status and responsible");
        assertEquals("STATUS", listing.get("corrections").get(0).get("kind").asText());
        assertEquals("EXACT", listing.get("corrections").get(0).get("state").asText());
        assertEquals(0, listing.get("orphaned").asInt());

        JsonNode row = WebClient.json(client.get(api + "/ledger")).get("rows").get(0);
        assertTrue(row.get("status").asText().startsWith("计划中"), row.toString());
        assertEquals("局办公室", row.get("responsible").asText());
        assertTrue(client.get("/reports/" + id2023 + "/ledger.csv").body().contains("局办公室"));
        String page = client.get("/reports/" + id2023 + "/ledger").body();
        assertTrue(page.contains("完成情况改为 计划中") && page.contains("责任主体改为 局办公室"), "listed");
        assertTrue(page.contains("data-target=\"" + target + "\""));

        assertEquals(200, delete(api + "/corrections/2").statusCode());
        JsonNode after = WebClient.json(delete(api + "/corrections/1"));
        assertEquals(0, after.get("corrections").size());
        assertEquals(before.get("status").asText(),
                WebClient.json(client.get(api + "/ledger")).get("rows").get(0).get("status").asText());
    }

    @Test
    void aBadCorrectionIs400WithOneLineAndNothingStored() throws Exception {
        String api = "/api/reports/" + id2023;
        for (String body : List.of("{\"target\":\"F999\",\"status\":\"DONE\"}", "{\"target\":\"X1\",\"status\":\"DONE\"}",
                "{\"target\":\"F1\",\"status\":\"FINISHED\"}", "{\"target\":\"F1\"}", "{\"status\":\"DONE\"}",
                "{\"target\":\"F1\",\"splitAt\":0}", "not json")) {
            HttpResponse<String> r = post(api + "/corrections", body);
            assertEquals(400, r.statusCode(), body + " → " + r.body());
            String error = WebClient.json(r).get("error").asText();
            assertFalse(error.isBlank() || error.contains("\n"), error);
        }
        assertTrue(WebClient.json(post(api + "/corrections", "{\"target\":\"F999\",\"status\":\"DONE\"}"))
                .get("error").asText().contains("F999"));
        assertEquals(400, delete(api + "/corrections/7").statusCode());
        assertEquals(404, post("/api/reports/ffffffffffff/corrections", "{\"target\":\"F1\",\"status\":\"DONE\"}")
                .statusCode());
        assertEquals(0, WebClient.json(client.get(api + "/corrections")).get("corrections").size());
    }

    @Test
    void correctionWritesWithoutTheCsrfTokenAreRefused() throws Exception {
        String api = "/api/reports/" + id2023;
        assertEquals(403, client.send(client.request(api + "/corrections").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"target\":\"F1\",\"status\":\"DONE\"}"))).statusCode());
        assertEquals(403, client.send(client.request(api + "/corrections/1").DELETE()).statusCode());
        assertEquals(403, client.send(client.request(api + "/gold").POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode());
    }

    @Test
    void aCorrectedReportIsExportedAsGoldInsideTheStore() throws Exception {
        HttpResponse<String> r = post("/api/reports/" + id2023 + "/gold", "");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode out = WebClient.json(r);
        Path manifest = Path.of(out.get("manifest").asText());
        assertTrue(manifest.startsWith(dir.resolve("store")) && Files.isRegularFile(manifest), manifest.toString());
        assertEquals(id2023 + ".txt", out.get("file").asText());
        assertTrue(out.get("findings").asInt() > 0);
        HttpResponse<String> download = client.get(out.get("download").asText());
        assertEquals(200, download.statusCode());
        assertTrue(download.body().contains(id2023 + ".txt"));
    }

    @Test
    void trackingApiListsTheFourRelapsesOfTheExamplesWithTheShapesOfCompareJson() throws Exception {
        HttpResponse<String> r = client.get("/api/tracking?org=" + WebClient.enc(ORG));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode t = WebClient.json(r);
        assertEquals(ORG, t.get("org").asText());
        assertEquals(4, t.get("reports").size());
        Set<String> relapses = new TreeSet<>();
        for (JsonNode x : t.get("relapses")) {
            for (String f : List.of("chain", "category", "claimed", "doneEvidence", "recurred")) {
                assertTrue(x.has(f), f);
            }
            relapses.add(x.get("claimed").get("year").asInt() + x.get("claimed").get("findingId").asText() + ">"
                    + x.get("recurred").get("year").asInt() + x.get("recurred").get("findingId").asText());
        }
        assertEquals(new TreeSet<>(List.of("2021F8>2022F2", "2021F10>2024F3", "2021F2>2024F1", "2021F3>2023F2")),
                relapses);
        JsonNode track = t.get("tracking").get(0);
        for (String f : List.of("chain", "category", "findings", "relapsed")) {
            assertTrue(track.has(f), f);
        }
        for (String f : List.of("reportId", "year", "findingId", "text", "start", "end", "measures", "claimedDone")) {
            assertTrue(track.get("findings").get(0).has(f), f);
        }
        assertEquals(404, client.get("/api/tracking?org=" + WebClient.enc("无此单位")).statusCode());
    }

    @Test
    void trackingPageShowsTheRelapsesLinkedToTheirPlaces() throws Exception {
        String empty = client.get("/tracking").body();
        assertTrue(empty.contains("整改跟踪") && empty.contains(ORG));
        String html = client.get("/tracking?org=" + WebClient.enc(ORG)).body();
        assertTrue(html.contains("整改后反弹"));
        assertEquals(4, html.split("class=\"relapse\"", -1).length - 1);
        assertTrue(html.contains("data-claimed=\"2021F10\" data-recurred=\"2024F3\""));
        String link = WebClient.firstHref(html.substring(html.indexOf("class=\"claimed\"") - 200), "/reports/");
        assertTrue(link.matches("/reports/[0-9a-f]+\\?at=\\d+&len=\\d+#at"), link);
        assertEquals(200, client.get(link.replace("#at", "")).statusCode());
    }

    @Test
    void reportAndLibraryPagesSayHowTheTextWasRead() throws Exception {
        assertTrue(client.get("/reports/" + id2023).body().contains("读取方式：直接读取文字"));
        assertTrue(client.get("/library").body().contains("<th>读取</th>"));
    }
}
