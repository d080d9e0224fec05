package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.io.JsonCodec;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.SectionRole;
import org.reportminer.corpus.testing.SharedData;

/**
 * Issue 9, "one bad value breaks recovery": a damaged index gave Lucene messages (about Lucene 8, "Invalid vLong")
 * with exit 1 and broke {@code reindex} too; one truncated report JSON stopped {@code compare} and {@code reindex}
 * for the whole store, and with {@code index.json} damaged as well every command failed. Each damage is made by
 * hand on a store of the three 青禾市文化和旅游局 example reports.
 */
class RecoveryTest {
    private static final String[] EXAMPLES = {"2021-巡察整改进展情况.txt", "2022-党风廉政建设责任制报告.docx",
        "2023-巡察整改进展情况.docx"};

    @TempDir
    Path dir;
    private Path store;
    private Path index;

    @BeforeEach
    void ingestTheExamples() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : EXAMPLES) {
            Files.copy(SharedData.example(name), in.resolve(name));
        }
        CliRunner.Result r = run("ingest", "in");
        assertEquals(0, r.exitCode(), r.toString());
        store = dir.resolve("store");
        index = store.resolve("index");
    }

    private CliRunner.Result run(String command, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = command;
        all[1] = "--store";
        all[2] = "store";
        System.arraycopy(args, 0, all, 3, args.length);
        return new CliRunner(dir).run(all);
    }

    private static Path file(Path folder, String prefixOrSuffix) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefixOrSuffix)
                    || p.getFileName().toString().endsWith(prefixOrSuffix)).findFirst().orElseThrow();
        }
    }

    private static void flip(Path file, long from, int length) throws IOException {
        byte[] b = Files.readAllBytes(file);
        for (int i = (int) from; i < Math.min(b.length, from + length); i++) {
            b[i] = (byte) ~b[i];
        }
        Files.write(file, b);
    }

    /** Search, stats and ingest say the index is damaged and to reindex, exit 3; reindex rebuilds it. */
    private void everyReaderSaysDamagedAndReindexRebuilds(String reason) throws IOException {
        String expected = "reportminer: index " + index + " is damaged: " + reason + "; run `reportminer reindex`";
        for (CliRunner.Result r : List.of(run("search", "整改"), run("stats"),
                run("ingest", "in/" + EXAMPLES[0]))) {
            assertEquals(ExitCodes.INPUT_PROBLEMS, r.exitCode(), r.toString());
            assertEquals(expected, r.err().strip(), r.toString());
        }
        CliRunner.Result re = run("reindex");
        assertEquals(0, re.exitCode(), re.toString());
        assertEquals("reindexed 3 reports into store/index", re.out().strip(), re.toString());
        List<String> notes = re.err().lines().filter(l -> l.startsWith("reportminer: ")).toList();
        assertEquals(1, notes.size(), re.toString());
        assertTrue(notes.get(0).startsWith("reportminer: index " + index + " is damaged ("), re.toString());
        Path aside;
        try (Stream<Path> s = Files.list(store)) {
            aside = s.filter(p -> p.getFileName().toString().startsWith("index.broken-")).findFirst().orElse(null);
        }
        if (aside != null) {
            assertTrue(notes.get(0).endsWith("; moved it to " + aside + " and building a new one"), re.toString());
        }
        CliRunner.Result search = run("search", "--json", "一岗双责");
        assertEquals(0, search.exitCode(), search.toString());
        assertTrue(SharedStore.json(search.out()).get("total").asInt() > 0, search.toString());
        JsonNode stats = SharedStore.json(run("stats", "--json").out());
        assertEquals(3, stats.get("reports").get("total").asInt());
        assertTrue(stats.get("consistency").get("inStep").asBoolean());
    }

    @Test
    void aGarbledSegmentsFileIsDamageToReindexNotALuceneVersionMessage() throws IOException {
        Path segments = file(index, "segments_");
        flip(segments, 0, 4);
        everyReaderSaysDamagedAndReindexRebuilds("unreadable format in " + segments.getFileName()
                + " (damaged, or written by another Lucene version)");
        assertTrue(Files.isDirectory(file(store, "index.broken-")), "the damaged index is kept aside");
    }

    @Test
    void aMissingSegmentFileIsDamageToReindex() throws IOException {
        Path cfs = file(index, ".cfs");
        Files.delete(cfs);
        everyReaderSaysDamagedAndReindexRebuilds("missing file " + cfs.getFileName());
    }

    @Test
    void aDamagedBlockInsideASegmentIsDamageToReindex() throws IOException {
        Path cfs = file(index, ".cfs");
        flip(cfs, Files.size(cfs) - 64, 48);
        CliRunner.Result search = run("search", "整改");
        assertEquals(ExitCodes.INPUT_PROBLEMS, search.exitCode(), search.toString());
        assertTrue(search.err().startsWith("reportminer: index " + index + " is damaged: "), search.toString());
        assertTrue(search.err().strip().endsWith(" in " + cfs.getFileName() + "; run `reportminer reindex`"),
                search.toString());
        assertFalse(search.err().contains("internal error"), search.toString());
        CliRunner.Result re = run("reindex");
        assertEquals(0, re.exitCode(), re.toString());
        assertEquals(0, run("search", "整改").exitCode());
    }

    private String id(String example) {
        CliRunner.Result r = run("list", "--json");
        for (JsonNode s : SharedStore.json(r.out())) {
            if (s.get("source").asText().endsWith(example)) {
                return s.get("id").asText();
            }
        }
        throw new AssertionError(example + " not in " + r.out());
    }

    @Test
    void aTruncatedReportWithADamagedStoreIndexIsQuarantinedAndEveryCommandGoesOn() throws IOException {
        String broken = id(EXAMPLES[1]);
        Path json = store.resolve("reports/" + broken + ".json");
        byte[] bytes = Files.readAllBytes(json);
        Files.write(json, Arrays.copyOf(bytes, bytes.length / 3));
        Files.writeString(store.resolve("index.json"), "{\"version\":1,\"reports\":[");

        CliRunner.Result list = run("list");
        assertEquals(0, list.exitCode(), list.toString());
        assertTrue(list.out().contains("2 reports in store"), list.toString());
        List<String> lines = list.err().lines().toList();
        assertEquals(2, lines.size(), list.toString());
        assertTrue(lines.get(0).startsWith("reportminer: quarantined unreadable report file " + json
                + " (malformed JSON for Report: "), list.toString());
        assertTrue(lines.get(0).endsWith("; moved it to " + store.resolve("quarantine/" + broken + ".json")),
                list.toString());
        assertTrue(lines.get(1).startsWith("reportminer: store index " + store.resolve("index.json")
                + " was unreadable ("), list.toString());

        for (String command : List.of("list", "compare", "stats", "reindex")) {
            CliRunner.Result r = run(command);
            assertEquals(0, r.exitCode(), command + ": " + r);
            assertFalse(r.err().contains("reportminer: "), command + " has nothing left to say: " + r);
        }
        CliRunner.Result show = run("show", broken);
        assertEquals(ExitCodes.INPUT_PROBLEMS, show.exitCode(), show.toString());
        assertEquals(0, run("search", "一岗双责").exitCode());
    }

    @Test
    void aReportWhoseOffsetsLiePastItsTextIsQuarantinedByReindexWhichGoesOn() throws IOException {
        String bad = id(EXAMPLES[0]);
        Path json = store.resolve("reports/" + bad + ".json");
        JsonCodec codec = new JsonCodec();
        Report r = codec.read(json, Report.class);
        Extraction x = r.extraction();
        Section past = new Section("一、", 1, "整改情况", SectionRole.RECTIFICATION, 10, r.text().length() + 500,
                List.of());
        Files.write(json, codec.toBytes(r.withExtraction(new Extraction(x.title(), x.org(), x.year(),
                x.yearEvidence(), x.kind(), List.of(past), x.findings(), x.counts(), x.statedTotals(), x.checks()))));

        CliRunner.Result re = run("reindex");
        assertEquals(0, re.exitCode(), re.toString());
        assertEquals("reindexed 2 reports into store/index", re.out().strip(), re.toString());
        List<String> notes = re.err().lines().filter(l -> l.startsWith("reportminer: ")).toList();
        assertEquals(List.of("reportminer: quarantined unreadable report file " + json + " (section '一、' at 10-"
                + (r.text().length() + 500) + " lies past the end of the text (" + r.text().length()
                + " characters)); moved it to " + store.resolve("quarantine/" + bad + ".json")), notes);
        CliRunner.Result compare = run("compare");
        assertEquals(0, compare.exitCode(), compare.toString());
    }
}
