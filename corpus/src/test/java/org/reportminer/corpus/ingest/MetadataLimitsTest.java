package org.reportminer.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.corpus.model.Report;

/** Issue 9, field limits: metadata values are single clean lines of bounded length, years are plausible. */
class MetadataLimitsTest {

    private static final String REPORT = "青川县档案局2022年巡察整改进展情况\n一、整改工作基本情况\n"
            + "县委第三巡察组反馈问题12个，已完成整改9个，正在整改3个。\n";

    private static Ingester ingester;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        ingester = new Ingester();
    }

    @AfterAll
    static void stop() {
        ingester.close();
    }

    @Test
    void controlCharactersAndEscapeSequencesAreRemovedAndLineBreaksBecomeOneSpace() {
        assertEquals("整改报告 第二行 红字", MetadataLimits.clean(
                "\t整改\u0007报告\r\n\u0085第二行\u009b \u001b[1;31m红字\u001b[0m\u001b]0;title\u0007\u007f  "));
        assertEquals("某局　办公室", MetadataLimits.clean("某局　办公室"), "an ideographic space inside stays");
        assertNull(MetadataLimits.clean("\u0000\u001b[0m \n"));
        assertNull(MetadataLimits.clean(null));
    }

    @Test
    void bidiOverridesAreRemovedSoANameReadsAsItIsStored() {
        assertEquals("某局办公室", MetadataLimits.clean("某局\u202e办公\u202c室\u2066"));
    }

    @Test
    void requireRejectsAnOverLongValueNamingTheFieldWithoutQuotingIt() {
        String org = "某".repeat(40_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetadataLimits.require("--org", org, MetadataLimits.MAX_ORG_CHARS));
        assertEquals("--org has 40000 characters; at most 100 are allowed", e.getMessage());
        assertEquals("某".repeat(100), MetadataLimits.require("org", "某".repeat(100), MetadataLimits.MAX_ORG_CHARS));
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String wide = "\uD842\uDFB7".repeat(100); // 100 × 𠮷, 200 chars of UTF-16
        assertEquals(wide, MetadataLimits.require("org", wide, 100));
        assertEquals("\uD842\uDFB7".repeat(3), MetadataLimits.fit(wide, 3), "cut between pairs, never inside");
    }

    @Test
    void fitCutsADerivedValueInsteadOfFailing() {
        assertEquals("标".repeat(300), MetadataLimits.fit("标".repeat(40_000), MetadataLimits.MAX_TITLE_CHARS));
        assertEquals("短标题", MetadataLimits.fit("短标题\n", MetadataLimits.MAX_TITLE_CHARS));
    }

    @Test
    void yearsFrom1949ToNextYearArePlausibleAndOthersAreNot() {
        int next = MetadataLimits.maxYear();
        assertEquals(1949, MetadataLimits.requireYear("year", 1949));
        assertEquals(next, MetadataLimits.requireYear("year", next));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetadataLimits.requireYear("--year", 99999));
        assertEquals("--year 99999 is not a plausible report year (1949-" + next + ")", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MetadataLimits.requireYear("year", 1948));
        assertThrows(IllegalArgumentException.class, () -> MetadataLimits.requireYear("year", next + 1));
    }

    @Test
    void optionsNameTheOptionInTheirMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetadataOverrides.fromOptions(null, null, "类".repeat(101)));
        assertEquals("--kind has 101 characters; at most 100 are allowed", e.getMessage());
    }

    /** Issue 9: a 40k-character kind in a sidecar once reached the index and failed with "immense term". */
    @Test
    void aFortyThousandCharacterKindInASidecarFailsThatFileOnOneLineNamingTheSidecar() throws IOException {
        Path file = write("r.txt");
        Files.writeString(dir.resolve("r.txt.meta.json"), "{\"kind\":\"" + "类".repeat(40_000) + "\"}");
        Problem p = problem(file);
        assertEquals(ProblemKind.CORRUPT, p.kind());
        assertEquals("bad sidecar r.txt.meta.json: kind has 40000 characters; at most 100 are allowed", p.message());
    }

    @Test
    void aSidecarYearOf99999FailsThatFile() throws IOException {
        Path file = write("y.txt");
        Files.writeString(dir.resolve("y.meta.json"), "{\"year\":99999}");
        Problem p = problem(file);
        assertEquals("bad sidecar y.meta.json: year 99999 is not a plausible report year (1949-"
                + MetadataLimits.maxYear() + ")", p.message());
    }

    @Test
    void aSidecarTitleWithControlCharactersIsStoredAsOneCleanLine() throws IOException {
        Path file = write("t.txt");
        Files.writeString(dir.resolve("t.txt.meta.json"),
                "{\"title\":\"\\u001b[2J整改\\u0007报告\\n（第二稿）\\u0085\",\"org\":\" 青川县\\t档案局 \"}");
        Report r = ingester.ingest(file, MetadataOverrides.none()).asReport().orElseThrow();
        assertEquals("整改报告 （第二稿）", r.title());
        assertEquals("青川县 档案局", r.org());
    }

    private Path write(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, REPORT.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private Problem problem(Path file) {
        IngestResult r = ingester.ingest(file, MetadataOverrides.none());
        return r.asProblem().orElseThrow(() -> new AssertionError("expected a problem for " + file));
    }
}
