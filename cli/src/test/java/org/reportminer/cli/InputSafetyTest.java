package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.testing.SharedData;

/**
 * Regression tests for issue 9 (input handling): an output never replaces an input, a mistyped store is an error
 * rather than an empty store, untrusted names never reach the terminal raw, and user mistakes exit 2 or 3, never 1.
 */
class InputSafetyTest {
    private static final String ESC = "\u001b";

    @TempDir
    Path dir;

    private CliRunner cli() {
        return new CliRunner(dir);
    }

    private Path report() throws IOException {
        return Files.copy(SharedData.example("2021-巡察整改进展情况.txt"), dir.resolve("report.txt"));
    }

    @Test
    void extractRefusesAnOutputThatIsOneOfItsInputsAndLeavesTheInputUntouched() throws IOException {
        byte[] before = Files.readAllBytes(report());
        CliRunner.Result r = cli().run("extract", "-o", "report.txt", "report.txt");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().startsWith("reportminer: -o report.txt is one of the inputs"), r.toString());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("report.txt")));

        Files.createDirectories(dir.resolve("sub"));
        CliRunner.Result spelled = cli().run("extract", "--format", "md", "-o", "sub/../report.txt", "report.txt");
        assertEquals(ExitCodes.USAGE, spelled.exitCode(), "another spelling of the same file\n" + spelled);
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("report.txt")));
    }

    @Test
    void ledgerRefusesAnOutputInsideAnInputFolder() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SharedData.example("2021-巡察整改进展情况.txt"), in.resolve("r.txt"));
        byte[] before = Files.readAllBytes(in.resolve("r.txt"));
        CliRunner.Result r = cli().run("ledger", "-o", "in/r.txt", "in");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertArrayEquals(before, Files.readAllBytes(in.resolve("r.txt")));
    }

    @Test
    void extractStillWritesAnOutputBesideItsInput() throws IOException {
        report();
        CliRunner.Result r = cli().run("extract", "-o", "report.json", "report.txt");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(Files.readString(dir.resolve("report.json")).contains("\"findings\""));
    }

    @Test
    void readersGivenAMistypedStoreFailWithUsageAndCreateNothing() {
        for (String[] args : new String[][] {{"list", "--store", "typo"}, {"show", "--store", "typo", "abc"},
            {"stats", "--store", "typo"}, {"search", "--store", "typo", "整改"}, {"compare", "--store", "typo"},
            {"reindex", "--store", "typo"}}) {
            CliRunner.Result r = cli().run(args);
            assertEquals(ExitCodes.USAGE, r.exitCode(), String.join(" ", args) + "\n" + r);
            assertTrue(r.err().startsWith("reportminer: no store at typo:"), r.toString());
            assertEquals(1, r.err().lines().count(), r.toString());
            assertFalse(Files.exists(dir.resolve("typo")), args[0] + " must not create the store");
        }
    }

    @Test
    void aFolderThatIsNotAStoreIsRefusedByReaders() throws IOException {
        Files.createDirectories(dir.resolve("documents"));
        CliRunner.Result r = cli().run("list", "--store", "documents");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("documents is not a reportminer store"), r.toString());
    }

    @Test
    void ingestCreatesTheStoreAndSaysSo() throws IOException {
        report();
        CliRunner.Result r = cli().run("ingest", "--store", "fresh", "report.txt");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.err().startsWith("creating store fresh"), r.toString());
        CliRunner.Result again = cli().run("ingest", "--store", "fresh", "report.txt");
        assertFalse(again.err().contains("creating store"), again.toString());
    }

    @Test
    void extractGivenAnUnknownIdAndNoStoreSaysNeitherExists() {
        CliRunner.Result r = cli().run("extract", "no-such-thing.txt");
        assertEquals(ExitCodes.INPUT_PROBLEMS, r.exitCode(), r.toString());
        assertTrue(r.err().contains("no-such-thing.txt: no such file or folder (and no store at"), r.toString());
    }

    @Test
    void controlCharactersInAFileNameAreEscapedOnStderr() throws IOException {
        String name = "evil" + ESC + "]0;pwned" + "\u0007" + ESC + "[2J\u202e.txt";
        Files.writeString(dir.resolve(name), "");
        CliRunner.Result r = cli().run("ingest", "--store", "s", name);
        assertEquals(ExitCodes.INPUT_PROBLEMS, r.exitCode(), r.toString());
        assertFalse(r.err().contains(ESC), r.toString());
        assertFalse(r.err().contains("\u0007"), r.toString());
        assertFalse(r.err().contains("\u202e"), r.toString());
        assertTrue(r.err().contains("evil\\x1b]0;pwned\\x07\\x1b[2J\\u202e.txt"), r.toString());
    }

    @Test
    void controlCharactersInMetadataAreEscapedInTables() throws IOException {
        report();
        Files.writeString(dir.resolve("report.txt.meta.json"), "{\"org\":\"某局\\u001b[31m红\",\"year\":2021}");
        assertEquals(0, cli().run("ingest", "--store", "s", "report.txt").exitCode());
        CliRunner.Result list = cli().run("list", "--store", "s");
        assertEquals(0, list.exitCode(), list.toString());
        assertFalse(list.out().contains(ESC), list.toString());
    }

    @Test
    void aSynonymFileThatIsNotUtf8IsAUsageErrorNamingTheFile() throws IOException {
        report();
        assertEquals(0, cli().run("ingest", "--store", "s", "report.txt").exitCode());
        Files.write(dir.resolve("syn.txt"), "一把手,主要负责人\n".getBytes(Charset.forName("GB18030")));
        CliRunner.Result r = cli().run("search", "--store", "s", "--synonyms", "syn.txt", "整改");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
        assertTrue(r.err().contains("syn.txt: not UTF-8 text"), r.toString());
        assertFalse(r.err().contains("Input length"), r.toString());
    }

    @Test
    void anOutputUnderAFileIsAUsageErrorNotAnInternalOne() throws IOException {
        report();
        Files.writeString(dir.resolve("notes"), "x");
        CliRunner.Result r = cli().run("extract", "-o", "notes/out.json", "report.txt");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertFalse(r.err().contains("internal error"), r.toString());
    }
}
