package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.reportminer.cli.web.WebConfig;
import org.reportminer.cli.web.WebServer;
import org.reportminer.corpus.ingest.IngestOptions;
import org.reportminer.corpus.testing.SharedData;
import org.reportminer.index.backend.SolrTarget;

/**
 * Issue 14: {@code compare} and {@code serve} on a SolrCloud collection give the answers they give on the embedded
 * index, and the collection is chosen by options or a configuration file. The cluster (2 nodes, 2 shards × 2
 * replicas, our configset; the plugin classes from index's build) runs in a child JVM started from index's test
 * classpath by {@code SolrLauncher}, because Solr's Jetty 10 cannot share this classpath with the workbench's Jetty 12.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrBackendCommandsTest {
    private static final Path INDEX_TARGET = Path.of("../index/target");
    private static final String COLLECTION = "desk";

    private static Process launcher;
    private static String zk;
    private static SharedStore store;

    @BeforeAll
    static void startSolrAndReindexTheSharedStore() throws Exception {
        Path dir = Files.createTempDirectory("solr-cli");
        List<String> cp = new ArrayList<>(List.of(Files.readString(INDEX_TARGET.resolve("solr-launcher.classpath"),
                StandardCharsets.UTF_8).trim().split(File.pathSeparator)));
        cp.add(INDEX_TARGET.resolve("classes").toString());
        cp.add(INDEX_TARGET.resolve("test-classes").toString());
        launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", String.join(File.pathSeparator, cp), "org.reportminer.index.backend.SolrLauncher",
                dir.resolve("cluster").toString(), "--configset",
                Path.of("../index/src/main/solr/configsets/reportminer/conf").toAbsolutePath().toString(),
                "--collection", COLLECTION, "--watch-stdin")
                .redirectError(dir.resolve("launcher.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
        String ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    if (l.startsWith("zkHost=")) {
                        return l;
                    }
                }
            } catch (IOException e) {
                return null;
            }
            return null;
        }).get(180, TimeUnit.SECONDS);
        assertTrue(ready != null, "SolrLauncher did not start: " + Files.readString(dir.resolve("launcher.log")));
        zk = ready.substring("zkHost=".length(), ready.indexOf(' '));
        store = SharedStore.get();
        CliRunner.Result r = store.run("reindex", "--solr", zk, "--collection", COLLECTION);
        assertEquals(0, r.exitCode(), r.toString());
    }

    @AfterAll
    static void stopSolr() throws Exception {
        if (launcher != null) {
            launcher.getOutputStream().close();
            if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void compareOnTheCollectionGivesTheEmbeddedAnswer() {
        CliRunner.Result embedded = store.run("compare", "--json");
        CliRunner.Result cloud = store.run("compare", "--json", "--solr", zk, "--collection", COLLECTION);
        assertEquals(0, embedded.exitCode(), embedded.toString());
        assertEquals(0, cloud.exitCode(), cloud.toString());
        assertTrue(embedded.out().contains("\"links\""), embedded.out());
        assertEquals(embedded.out(), cloud.out());
    }

    @Test
    @Order(2)
    void aConfigFileOrTheEnvironmentSelectsTheCollectionAndTheCommandLineWins() throws IOException {
        Path conf = store.workDir().resolve("reportminer.properties");
        Files.writeString(conf, "solr.zkHost = " + zk + "\nsolr.collection = " + COLLECTION + "\n");
        CliRunner.Result viaFile = store.run("search", "三会一课", "--json", "--config", conf.toString());
        CliRunner.Result viaOptions = store.run("search", "三会一课", "--json", "--solr", zk, "--collection", COLLECTION);
        assertEquals(0, viaOptions.exitCode(), viaOptions.toString());
        assertEquals(viaOptions.out(), viaFile.out());
        CliRunner.Result viaEnv = new CliRunner(store.workDir()).env("REPORTMINER_CONFIG", "reportminer.properties")
                .run("stats", "--store", store.store().toString(), "--json");
        CliRunner.Result stats = store.run("stats", "--json", "--solr", zk, "--collection", COLLECTION);
        assertEquals(0, viaEnv.exitCode(), viaEnv.toString());
        assertEquals(stats.out(), viaEnv.out());
        assertFalse(viaEnv.out().equals(store.run("stats", "--json", "--solr", zk, "--collection", "nosuch").out()));
        // the command line wins: a collection that does not exist fails where the file's would have answered
        CliRunner.Result overridden = store.run("search", "三会一课", "--config", conf.toString(), "--collection",
                "nosuch");
        assertEquals(ExitCodes.USAGE, overridden.exitCode(), overridden.toString());
        assertTrue(overridden.err().contains("nosuch"), overridden.err());
    }

    @Test
    @Order(3)
    void aStoredReportTheCollectionLacksIsLeftOutOfTheComparisonWithTheCommandThatAddsIt() throws IOException {
        Path work = Files.createTempDirectory("solr-cli-partial");
        Path in = Files.createDirectories(work.resolve("in"));
        for (String f : List.of(SharedStore.QH2021, SharedStore.QH2022, SharedStore.QH2023,
                "2024-巡察整改进展情况.txt")) {
            Files.copy(SharedData.example(f), in.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        CliRunner cli = new CliRunner(work);
        assertEquals(0, cli.run("ingest", "--store", "s", "in").exitCode());
        CliRunner.Result all = cli.run("compare", "--store", "s", "--json");
        CliRunner.Result cloud = cli.run("compare", "--store", "s", "--json", "--solr", zk, "--collection", COLLECTION);
        assertEquals(0, cloud.exitCode(), cloud.toString());
        assertEquals(4, SharedStore.json(all.out()).get("reports").size(), all.out());
        JsonNode compared = SharedStore.json(cloud.out()).get("reports");
        assertEquals(3, compared.size(), cloud.out());
        assertFalse(compared.toString().contains("2024"), compared.toString());
        assertTrue(cloud.err().contains("not in solr:" + zk + "/" + COLLECTION + "; run reportminer reindex --solr"),
                cloud.err());
        assertTrue(cloud.err().contains("holds 2 reports that are not in"), cloud.err());
    }

    @Test
    @Order(4)
    void serveSearchesComparesAndWritesTheCollection() throws Exception {
        Services services = new Services(Map.of(), store.workDir(), IngestOptions.defaults());
        SolrTarget target = SolrTarget.zooKeeper(zk, COLLECTION);
        Path upload = SharedData.example("2024-巡察整改进展情况.txt");
        try (WebServer local = WebServer.start(new WebConfig(store.store(), "127.0.0.1", 0, null, 1 << 24), services);
             WebServer cloud = WebServer.start(new WebConfig(store.store(), "127.0.0.1", 0, null, 1 << 24, target),
                     services)) {
            for (String q : List.of("/api/search?q=" + enc("三会一课") + "&limit=50",
                    "/api/search?q=" + enc("一岗双责") + "&level=finding",
                    "/api/compare?org=" + enc("青禾市文化和旅游局"))) {
                JsonNode a = SharedStore.json(get(local, q));
                JsonNode b = SharedStore.json(get(cloud, q));
                assertEquals(withoutScores(a), withoutScores(b), q);
            }
            String term = "/api/search?q=" + enc("2024") + "&level=report&limit=50";
            int before = SharedStore.json(get(cloud, term)).get("total").asInt();
            // an upload through the Solr workbench is searchable there, not in STORE/index; its deletion too
            JsonNode added = SharedStore.json(send(cloud, "POST", "/api/upload?name=" + enc(upload.getFileName()
                    .toString()), Files.readAllBytes(upload)));
            String id = added.get("id").asText();
            assertEquals(before + 1, SharedStore.json(get(cloud, term)).get("total").asInt());
            assertEquals(before, SharedStore.json(get(local, term)).get("total").asInt());
            send(cloud, "DELETE", "/api/reports/" + id, new byte[0]);
            assertEquals(before, SharedStore.json(get(cloud, term)).get("total").asInt());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The JSON with every {@code score} removed and the hits in a stable order (scores differ across shards). */
    private static String withoutScores(JsonNode n) {
        if (n.isObject()) {
            TreeSet<String> fields = new TreeSet<>();
            n.fieldNames().forEachRemaining(f -> {
                if (!f.equals("score")) {
                    fields.add(f + "=" + withoutScores(n.get(f)));
                }
            });
            return fields.toString();
        }
        if (n.isArray()) {
            List<String> items = new ArrayList<>();
            n.forEach(i -> items.add(withoutScores(i)));
            return new TreeSet<>(items) + "#" + items.size();
        }
        return n.toString();
    }

    private static String get(WebServer s, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + s.port() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    private static String send(WebServer s, String method, String path, byte[] body) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + s.port();
        String csrf = SharedStore.json(http.send(HttpRequest.newBuilder(URI.create(base + "/api/csrf")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("token").asText();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "rm_csrf=" + csrf).header("X-CSRF-Token", csrf)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), method + " " + path + ": " + r.body());
        return r.body();
    }
}
