package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.cli.app.CompareRequest;
import org.reportminer.cli.app.ProgressListener;
import org.reportminer.cli.app.TrackingUseCase;
import org.reportminer.corpus.testing.SharedData;
import org.reportminer.index.compare.ProblemTrack;

/**
 * Issue 12: corrections stored beside a report flow into every export and into eval, survive re-extraction, and the
 * relapse list (整改后反弹) of the four 青禾市文化和旅游局 example years is exactly what the examples were written
 * to hold. Each test that corrects works on its own copy of one ingested store.
 */
class CorrectCommandTest {
    private static final List<String> FILES = List.of("2021-巡察整改进展情况.txt", "2022-党风廉政建设责任制报告.docx",
            "2023-巡察整改进展情况.docx", "2024-巡察整改进展情况.txt");
    private static Path work;
    private static final Map<Integer, String> ID_BY_YEAR = new LinkedHashMap<>();

    @BeforeAll
    static void ingestTheFourYears() throws IOException {
        work = Files.createTempDirectory("reportminer-correct-test");
        Path in = Files.createDirectories(work.resolve("in"));
        for (String f : FILES) {
            Files.copy(SharedData.example(f), in.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        CliRunner.Result r = new CliRunner(work).run("ingest", "--store", "base", "--json", "in");
        assertEquals(0, r.exitCode(), r.toString());
        for (JsonNode row : SharedStore.json(r.out()).get("reports")) {
            ID_BY_YEAR.put(row.get("year").asInt(), row.get("id").asText());
        }
        assertEquals(List.of(2021, 2022, 2023, 2024), ID_BY_YEAR.keySet().stream().sorted().toList());
    }

    @AfterAll
    static void cleanUp() {
        SharedStore.deleteTree(work);
    }

    /** A fresh copy of the ingested store, so that one test's corrections never reach another. */
    private static Path copyOfStore(String name) throws IOException {
        Path from = work.resolve("base");
        Path to = work.resolve(name);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    private static CliRunner.Result run(Path store, String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--store", store.toString()));
        all.addAll(List.of(args));
        return new CliRunner(work).run(all.toArray(String[]::new));
    }

    private static String id(int year) {
        return ID_BY_YEAR.get(year);
    }

    /** Each relapse as {@code 2021F10>2024F3}, in output order. */
    private static List<String> relapses(JsonNode comparison) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : comparison.get("relapses")) {
            out.add(x.get("claimed").get("year").asInt() + x.get("claimed").get("findingId").asText() + ">"
                    + x.get("recurred").get("year").asInt() + x.get("recurred").get("findingId").asText());
        }
        return out;
    }

    @Test
    void theRelapseListOfTheFourExampleYearsIsExactlyTheClaimedDoneProblemsThatCameBack() {
        CliRunner.Result r = run(work.resolve("base"), "compare", "--json", "--org", "青禾市文化和旅游局");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode c = SharedStore.json(r.out());
        // 2024 names again 八项规定 (2021 F10) and 意识形态 (2021 F2), both reported 已完成 in 2021 (examples/README.md);
        // 2021 F8 and F3 had every measure done or kept up as routine, and 2022/2023 name them again
        assertEquals(List.of("2021F8>2022F2", "2021F10>2024F3", "2021F2>2024F1", "2021F3>2023F2"), relapses(c));
        JsonNode f10 = c.get("relapses").get(1);
        assertEquals("廉洁纪律", f10.get("category").asText());
        assertTrue(f10.get("claimed").get("text").asText().startsWith("落实中央八项规定精神不够严格，公务接待审批单"), f10.toString());
        assertTrue(f10.get("recurred").get("text").asText().startsWith("落实中央八项规定精神不够严格的问题有所反弹"), f10.toString());
        List<String> evidence = new ArrayList<>();
        f10.get("doneEvidence").forEach(m -> evidence.add(m.get("label").asText() + m.get("status").asText()
                + " " + m.get("statusEvidence").asText()));
        assertEquals(List.of("①DONE 已全部", "②DONE 已完成"), evidence);
        // both years' offsets point into their own report's text
        for (String end : List.of("claimed", "recurred")) {
            JsonNode f = f10.get(end);
            JsonNode shown = SharedStore.json(run(work.resolve("base"), "show", "--json", f.get("reportId").asText()).out());
            assertEquals(f.get("text").asText(), shown.get("text").asText()
                    .substring(f.get("start").asInt(), f.get("end").asInt()), end);
        }
        // tracking: one entry per chain, years in order, every measure with its status; the relapsed ones flagged
        JsonNode tracking = c.get("tracking");
        assertEquals(c.get("chains").size(), tracking.size());
        long flagged = 0;
        for (JsonNode t : tracking) {
            flagged += t.get("relapsed").asBoolean() ? 1 : 0;
            int last = 0;
            for (JsonNode f : t.get("findings")) {
                assertTrue(f.get("year").asInt() >= last, t.toString());
                last = f.get("year").asInt();
                f.get("measures").forEach(m -> assertTrue(m.hasNonNull("status"), m.toString()));
            }
        }
        assertEquals(4, flagged);

        CliRunner.Result text = run(work.resolve("base"), "compare", "--org", "青禾市文化和旅游局");
        assertTrue(text.out().contains("Relapses (整改后反弹: presented as rectified, named again later):\n"
                + " 1. 财务/经费  2021 F8 → 2022 F2  (chain 1)\n"), text.out());
        assertTrue(text.out().contains(" 2. 廉洁纪律  2021 F10 → 2024 F3  (chain 3)\n"), text.out());
    }

    @Test
    void aCorrectedStatusReachesLedgerExtractShowAndCompareWhileTheStoredExtractionStaysAsItWas() throws IOException {
        Path store = copyOfStore("status");
        Path reportFile = store.resolve("reports").resolve(id(2021) + ".json");
        byte[] before = Files.readAllBytes(reportFile);
        // 2021 F10 ③ (每季度…自查) was kept up as routine; the user says it is still in progress
        CliRunner.Result r = run(store, "correct", id(2021).substring(0, 6), "F10.M3", "--status", "in_progress",
                "--responsible", "局办公室");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("  1. F10.M3  status IN_PROGRESS  [applied]"), r.out());
        assertArrayEquals(before, Files.readAllBytes(reportFile), "the stored extraction is never altered");
        assertTrue(Files.isRegularFile(store.resolve("reports").resolve(id(2021) + ".corrections.json")));

        CliRunner.Result ledger = run(store, "ledger", id(2021));
        assertEquals(0, ledger.exitCode(), ledger.toString());
        String row = ledger.out().lines().filter(l -> l.contains("③每季度对公务接待和公务用车情况开展一次自查")).findFirst()
                .orElseThrow();
        assertTrue(row.contains("（人工更正）,局办公室,"), row);

        JsonNode extracted = SharedStore.json(run(store, "extract", "--format", "json", id(2021)).out());
        JsonNode m3 = extracted.get("findings").get(9).get("measures").get(2);
        assertEquals("IN_PROGRESS", m3.get("status").asText());
        assertEquals("局办公室", m3.get("responsible").asText());
        JsonNode shown = SharedStore.json(run(store, "show", "--json", id(2021)).out());
        assertEquals("IN_PROGRESS", shown.get("extraction").get("findings").get(9).get("measures").get(2)
                .get("status").asText());

        // F10 no longer claims everything done, so its return in 2024 is no longer a relapse
        JsonNode c = SharedStore.json(run(store, "compare", "--json", "--org", "青禾市文化和旅游局").out());
        assertEquals(List.of("2021F8>2022F2", "2021F2>2024F1", "2021F3>2023F2"), relapses(c));

        // taking both corrections (status, responsible) back restores the extraction as stored
        for (int i = 0; i < 2; i++) {
            CliRunner.Result removed = run(store, "correct", id(2021), "--remove", "1");
            assertEquals(0, removed.exitCode(), removed.toString());
        }
        assertFalse(Files.exists(store.resolve("reports").resolve(id(2021) + ".corrections.json")));
        assertEquals("ONGOING", SharedStore.json(run(store, "extract", id(2021)).out()).get("findings").get(9)
                .get("measures").get(2).get("status").asText());
    }

    @Test
    void mergeSplitAndFalseFindingKeepOffsetsValidAndSurviveReExtraction() throws IOException {
        Path store = copyOfStore("structure");
        String id = id(2021);
        JsonNode before = SharedStore.json(run(store, "show", "--json", id).out());
        String text = before.get("text").asText();
        JsonNode f1 = before.get("extraction").get("findings").get(0);
        int cut = f1.get("start").asInt() + 10;
        assertEquals(0, run(store, "correct", id, "F2", "--merge-with", "F3").exitCode());
        assertEquals(0, run(store, "correct", id, "F1", "--split-at", String.valueOf(cut)).exitCode());
        assertEquals(0, run(store, "correct", id, "F11", "--false").exitCode());
        JsonNode after = SharedStore.json(run(store, "extract", id).out()).get("findings");
        // 11 findings: F2+F3 merged into one (10), F1 split in two (11), the last one (三会一课) gone (10)
        assertEquals(10, after.size());
        for (JsonNode f : after) {
            assertEquals(f.get("text").asText(), text.substring(f.get("start").asInt(), f.get("end").asInt()));
        }
        assertEquals(f1.get("start").asInt(), after.get(0).get("start").asInt());
        assertEquals(cut, after.get(0).get("end").asInt());
        assertEquals(cut, after.get(1).get("start").asInt());
        assertEquals(f1.get("end").asInt(), after.get(1).get("end").asInt());
        JsonNode f2 = before.get("extraction").get("findings").get(1);
        JsonNode f3 = before.get("extraction").get("findings").get(2);
        assertEquals(f2.get("start").asInt(), after.get(2).get("start").asInt());
        assertEquals(f3.get("end").asInt(), after.get(2).get("end").asInt());
        assertEquals(f2.get("measures").size() + f3.get("measures").size(), after.get(2).get("measures").size());

        // re-extraction rewrites the stored extraction; every correction attaches again, exactly
        CliRunner.Result reindex = run(store, "reindex", "--extract");
        assertEquals(0, reindex.exitCode(), reindex.toString());
        JsonNode listed = SharedStore.json(run(store, "correct", id, "--list", "--json").out());
        assertEquals(3, listed.get("corrections").size());
        listed.get("corrections").forEach(c -> assertEquals("EXACT", c.get("state").asText(), c.toString()));
        assertEquals(0, listed.get("orphaned").asInt());
        assertEquals(after, SharedStore.json(run(store, "extract", id).out()).get("findings"));
    }

    @Test
    void aCorrectionWhoseTargetIsGoneIsListedAsOrphanedAndNamedOnEveryExportButNeverDropped() throws IOException {
        Path store = copyOfStore("orphan");
        String id = id(2021);
        assertEquals(0, run(store, "correct", id, "F5", "--status", "DONE").exitCode());
        Path overlay = store.resolve("reports").resolve(id + ".corrections.json");
        // as if extraction no longer found this finding: its recorded text is nowhere among the findings
        String json = Files.readString(overlay, StandardCharsets.UTF_8);
        Files.writeString(overlay, json.replace("公共文化服务效能不高", "某项已不再抽取的问题"), StandardCharsets.UTF_8);
        CliRunner.Result list = run(store, "correct", id, "--list");
        assertEquals(0, list.exitCode(), list.toString());
        assertTrue(list.out().contains("1 correction, 1 orphaned"), list.out());
        assertTrue(list.out().contains("[ORPHANED: finding F5 at "), list.out());
        CliRunner.Result ledger = run(store, "ledger", id);
        assertEquals(0, ledger.exitCode(), ledger.toString());
        assertTrue(ledger.err().contains("report " + id + ": 1 correction no longer attach"), ledger.err());
        assertTrue(Files.readString(overlay, StandardCharsets.UTF_8).contains("某项已不再抽取的问题"), "kept");
    }

    @Test
    void mistakesAreOneLineUsageErrors() throws IOException {
        Path store = copyOfStore("errors");
        String id = id(2021);
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("ffffffff", "F1", "--status", "DONE"), "reportminer: no report ffffffff in ");
        cases.put(List.of(id, "F99", "--status", "DONE"), "reportminer: no finding F99 in this report (F1–F11)");
        cases.put(List.of(id, "F1.M9", "--status", "DONE"), "reportminer: no measure F1.M9: F1 has M1–M4");
        cases.put(List.of(id, "X1", "--status", "DONE"), "reportminer: bad target 'X1'");
        cases.put(List.of(id, "F1", "--split-at", "3"), "reportminer: bad offset 3: a split of F1 needs an offset");
        cases.put(List.of(id, "F1.M1", "--false"), "reportminer: --false, --merge-with and --split-at apply to a finding");
        cases.put(List.of(id, "F1"), "reportminer: nothing to correct");
        cases.put(List.of(id, "--remove", "4"), "reportminer: report " + id + ": no correction 4 (there are 0)");
        for (Map.Entry<List<String>, String> e : cases.entrySet()) {
            List<String> args = new ArrayList<>(List.of("correct", "--store", store.toString()));
            args.addAll(e.getKey());
            CliRunner.Result r = new CliRunner(work).run(args.toArray(String[]::new));
            assertEquals(2, r.exitCode(), r.toString());
            assertTrue(r.err().startsWith(e.getValue()), e.getKey() + "\n" + r);
            assertEquals(1, r.err().lines().count(), r.toString());
        }
        assertEquals(2, run(store, "correct", id, "F1", "--status", "FINISHED").exitCode());
        assertFalse(Files.exists(store.resolve("reports").resolve(id + ".corrections.json")), "nothing written");
    }

    @Test
    void aCorrectedReportExportedAsGoldMakesEvalMeasureTheExtractorAgainstTheCorrections() throws IOException {
        Path store = copyOfStore("gold");
        String id = id(2021);
        Path gold = work.resolve("gold");
        // an existing manifest keeps its other entries; the corrected report's entry is added
        Files.createDirectories(gold);
        Files.copy(SharedData.examples().resolve("shapes/areas/manifest.json"), gold.resolve("manifest.json"));
        Files.copy(SharedData.examples().resolve("shapes/areas/2024-青禾市水务局巡察整改进展情况的通报.txt"),
                gold.resolve("2024-青禾市水务局巡察整改进展情况的通报.txt"));
        assertEquals(0, run(store, "correct", id, "F11", "--false").exitCode());
        assertEquals(0, run(store, "correct", id, "F1", "--merge-with", "F2").exitCode());
        CliRunner.Result export = run(store, "correct", id, "--export-gold", gold.toString());
        assertEquals(0, export.exitCode(), export.toString());
        JsonNode manifest = SharedStore.json(Files.readString(gold.resolve("manifest.json"), StandardCharsets.UTF_8));
        assertEquals(2, manifest.size());
        JsonNode entry = manifest.get(1);
        assertEquals(id + ".txt", entry.get("file").asText());
        assertEquals(9, entry.get("findings").size());
        assertEquals(7, entry.get("findings").get(0).get("measures").asInt(), "F1's 4 and F2's 3 measures");
        assertTrue(Files.isRegularFile(gold.resolve(id + ".txt")));

        CliRunner.Result eval = new CliRunner(work).run("eval", "--json", gold.toString());
        assertEquals(0, eval.exitCode(), eval.toString());
        JsonNode scored = SharedStore.json(eval.out()).get("reports").get(1);
        // the extractor still finds 11 findings: 9 of them are the user's, and F1 lacks F2's 3 measures
        assertEquals(9, scored.get("goldFindings").asInt());
        assertEquals(11, scored.get("extractedFindings").asInt());
        assertEquals(9, scored.get("foundFindings").asInt());
        assertEquals(8, scored.get("measuresRight").asInt());

        // exporting again replaces the entry rather than adding a second one
        assertEquals(0, run(store, "correct", id, "--export-gold", gold.toString()).exitCode());
        assertEquals(2, SharedStore.json(Files.readString(gold.resolve("manifest.json"), StandardCharsets.UTF_8)).size());
    }

    @Test
    void theTrackingUseCaseGivesEachRecurringProblemYearByYearWithItsMeasuresAndTheRelapses() {
        List<TrackingUseCase.OrgTracking> orgs = new TrackingUseCase().track(new CompareRequest(work.resolve("base"),
                "青禾市文化和旅游局", null, null, null), ProgressListener.SILENT);
        assertEquals(1, orgs.size());
        TrackingUseCase.OrgTracking t = orgs.get(0);
        assertEquals("青禾市文化和旅游局", t.orgName());
        assertEquals(List.of(2021, 2022, 2023, 2024), t.reports().stream().map(y -> y.year()).toList());
        ProblemTrack f10 = t.problems().stream().filter(p -> p.findings().get(0).findingId().equals("F10"))
                .findFirst().orElseThrow();
        assertEquals(List.of("2021 F10 [DONE, DONE, ONGOING] claimed done", "2024 F3 [DONE, DONE, IN_PROGRESS]"),
                f10.findings().stream().map(f -> f.year() + " " + f.findingId() + " "
                        + f.measures().stream().map(m -> m.status().name()).toList()
                        + (f.claimedDone() ? " claimed done" : "")).toList());
        assertTrue(f10.relapsed());
        assertEquals(4, t.relapses().size());
    }
}
