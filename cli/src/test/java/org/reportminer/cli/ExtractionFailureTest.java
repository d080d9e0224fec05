package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.pipeline.Artifact;
import org.reportminer.pipeline.Stage;

/**
 * A bug in one extraction stage costs the file it hit, never the batch, and is reported the same way by every command
 * (issue 10): the failing file is named with {@code EXTRACTION_FAILED} and the stage, the other files are processed,
 * and the exit code is 3. Before, {@code ingest} skipped such a file but {@code extract} and {@code ledger} aborted
 * with exit 1. The failure is injected as an extra stage through {@link Services}.
 */
class ExtractionFailureTest {

    /** Appended to the standard stages: throws on any text holding the marker 引爆, like a bug tripped by one file. */
    private static final UnaryOperator<List<Stage>> FAILING = standard -> {
        List<Stage> stages = new ArrayList<>(standard);
        stages.add(Stage.of("explode", Set.of(Artifact.FINDINGS), Set.of(Artifact.CATEGORIES), d -> {
            if (d.text().contains("引爆")) {
                throw new IllegalStateException("tripped on this text");
            }
            return d;
        }));
        return stages;
    };

    private static final String REPORT = "青禾市科协关于巡察整改进展情况的报告\n一、存在的问题\n"
            + "1.理论学习不深入，中心组学习流于形式。\n整改措施：①建立学习制度，已完成。\n";
    private static final String FAILURE = "bad.txt: extraction failed in stage explode: IllegalStateException: "
            + "tripped on this text";

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("good.txt"), REPORT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bad.txt"), REPORT + "2.引爆。\n", StandardCharsets.UTF_8);
    }

    private CliRunner.Result run(UnaryOperator<List<Stage>> stages, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnv env = new CliEnv(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), dir, false);
        int code = CommandLineFactory.create(env, new Services(env, stages)).execute(args);
        return new CliRunner.Result(code, out.toString(), err.toString());
    }

    @Test
    void ingestStoresTheGoodFileAndNamesTheFailedOneWithExitThree() {
        CliRunner.Result r = run(FAILING, "ingest", "--store", "store", "--json", "good.txt", "bad.txt");
        assertEquals(3, r.exitCode(), r.toString());
        assertTrue(r.err().contains(FAILURE), r.toString());
        JsonNode summary = SharedStore.json(r.out());
        assertEquals(1, summary.get("added").asInt());
        assertEquals(1, summary.get("failed").asInt());
        JsonNode problem = summary.get("problems").get(0);
        assertEquals("EXTRACTION_FAILED", problem.get("kind").asText());
        assertTrue(problem.get("source").asText().endsWith("bad.txt"), problem.toString());
    }

    @Test
    void extractPrintsTheGoodFileAndNamesTheFailedOneWithExitThree() {
        CliRunner.Result r = run(FAILING, "extract", "good.txt", "bad.txt");
        assertEquals(3, r.exitCode(), r.toString());
        assertTrue(r.err().contains(FAILURE), r.toString());
        JsonNode x = SharedStore.json(r.out());
        assertTrue(x.get("source").asText().endsWith("good.txt"), "one input left: one object, " + x);
        assertEquals("理论学习", x.get("findings").get(0).get("category").asText());
    }

    @Test
    void ledgerWritesTheGoodFilesLedgerAndNamesTheFailedOneWithExitThree() throws IOException {
        CliRunner.Result r = run(FAILING, "ledger", "-o", "out", "good.txt", "bad.txt");
        assertEquals(3, r.exitCode(), r.toString());
        assertTrue(r.err().contains(FAILURE), r.toString());
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, names.size(), names.toString());
            assertTrue(names.get(0).startsWith("good-"), names.toString());
        }
    }

    @Test
    void everyInputFailingIsStillExitThreeNamingTheFile() {
        CliRunner.Result r = run(FAILING, "extract", "bad.txt");
        assertEquals(3, r.exitCode(), r.toString());
        assertTrue(r.err().contains(FAILURE), r.toString());
        assertFalse(r.err().contains("internal error"), r.toString());
    }

    @Test
    void reindexKeepsTheStoredReportOfAFileWhoseReextractionFailsAndExitsThree() {
        CliRunner.Result ok = run(UnaryOperator.identity(), "ingest", "--store", "store", "good.txt", "bad.txt");
        assertEquals(0, ok.exitCode(), ok.toString());
        CliRunner.Result r = run(FAILING, "reindex", "--store", "store", "--extract");
        assertEquals(3, r.exitCode(), r.toString());
        assertTrue(r.err().contains(FAILURE), r.toString());
        assertTrue(r.out().contains("reindexed 2 reports"), r.toString());
    }
}
