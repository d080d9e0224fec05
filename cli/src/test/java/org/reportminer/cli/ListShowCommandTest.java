package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code reportminer list} and {@code show} on the shared store: JSON contracts, lookups by prefix and path. */
class ListShowCommandTest {
    private static final Set<String> SHOW_FIELDS = Set.of("id", "source", "mediaType", "charset", "bytes", "sha256",
            "title", "org", "year", "kind", "truncated", "text", "offsetMap", "extraction");

    private static SharedStore store;

    @BeforeAll
    static void ingest() {
        store = SharedStore.get();
    }

    @Test
    void listJsonParsesAndHoldsEveryIngestedIdOrderedByYear() {
        CliRunner.Result r = store.run("list", "--json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode all = SharedStore.json(r.out());
        assertTrue(all.isArray());
        Set<String> ids = new TreeSet<>();
        int lastYear = 0;
        for (JsonNode s : all) {
            ids.add(s.get("id").asText());
            int year = s.get("year").asInt();
            assertTrue(year >= lastYear, "ordered by year: " + all);
            lastYear = year;
        }
        Set<String> expected = new TreeSet<>();
        for (String f : new String[] {SharedStore.SEED000, SharedStore.SEED001, SharedStore.QH2021,
            SharedStore.QH2022, SharedStore.QH2023}) {
            expected.add(store.id(f));
        }
        assertEquals(expected, ids);
        assertEquals("", r.err());
    }

    @Test
    void listPrintsOneRowPerReportAndACountLine() {
        CliRunner.Result r = store.run("list");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(store.id(SharedStore.SEED001))
                && l.contains("2023") && l.contains("XX侨联")), r.out());
        assertTrue(r.out().strip().endsWith("5 reports in " + store.workDir().relativize(store.store())), r.out());
    }

    @Test
    void showJsonHasExactlyTheContractFieldsWithTheFileFacts() throws IOException {
        String id = store.id(SharedStore.SEED001);
        CliRunner.Result r = store.run("show", "--json", id);
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode d = SharedStore.json(r.out());
        Set<String> names = new TreeSet<>();
        d.fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(SHOW_FIELDS), names);
        Path file = store.workDir().resolve("in").resolve(SharedStore.SEED001);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(id, d.get("id").asText());
        assertEquals(file.toString(), d.get("source").asText());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                d.get("mediaType").asText());
        assertEquals(bytes.length, d.get("bytes").asLong());
        assertEquals(sha256(bytes), d.get("sha256").asText());
        assertTrue(d.get("sha256").asText().startsWith(id), "the id is the content hash's prefix");
        assertEquals("XX侨联2023年党风廉政建设责任制报告", d.get("title").asText());
        assertEquals("XX侨联", d.get("org").asText());
        assertEquals(2023, d.get("year").asInt());
        assertEquals("党风廉政建设责任制报告", d.get("kind").asText());
        assertEquals(false, d.get("truncated").asBoolean());
        String text = d.get("text").asText();
        assertTrue(text.startsWith("XX侨联2023年党风廉政建设责任制报告"), text.substring(0, 40));
        JsonNode counts = d.get("extraction").get("counts");
        assertTrue(counts.size() > 0);
        for (JsonNode c : counts) {
            assertEquals(c.get("raw").asText(), text.substring(c.get("start").asInt(), c.get("end").asInt()),
                    "offsets into the shown text: " + c);
        }
    }

    @Test
    void showJsonOfAGbkTextFileNamesItsDetectedCharset() {
        CliRunner.Result r = store.run("show", "--json", store.id(SharedStore.SEED000));
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode d = SharedStore.json(r.out());
        assertEquals("text/plain", d.get("mediaType").asText());
        assertEquals("GB18030", d.get("charset").asText());
        assertEquals(2021, d.get("year").asInt());
    }

    @Test
    void showFindsAReportByIdPrefixAndBySourcePath() {
        String id = store.id(SharedStore.QH2023);
        CliRunner.Result byPrefix = store.run("show", "--json", id.substring(0, 6));
        assertEquals(0, byPrefix.exitCode(), byPrefix.toString());
        assertEquals(id, SharedStore.json(byPrefix.out()).get("id").asText());
        CliRunner.Result byPath = store.run("show", "--json", "in/" + SharedStore.QH2023);
        assertEquals(0, byPath.exitCode(), byPath.toString());
        assertEquals(id, SharedStore.json(byPath.out()).get("id").asText());
    }

    @Test
    void showWithoutJsonPrintsTheHeaderAndTheOutline() {
        String id = store.id(SharedStore.SEED001);
        CliRunner.Result r = store.run("show", id);
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().startsWith("id " + id + "  year 2023  org XX侨联  kind 党风廉政建设责任制报告"), r.out());
        assertTrue(r.out().contains("# XX侨联2023年党风廉政建设责任制报告"), r.out());
        assertTrue(r.out().contains("（一）提高政治站位，坚决做到“两个维护”"), r.out());
    }

    @Test
    void anUnknownIdExitsThreeWithOneClearLine() {
        CliRunner.Result r = store.run("show", "ffffffffffff");
        assertEquals(ExitCodes.INPUT_PROBLEMS, r.exitCode(), r.toString());
        assertEquals("reportminer: no report ffffffffffff in " + store.store() + " (see: reportminer list)",
                r.err().strip());
        assertEquals("", r.out());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
