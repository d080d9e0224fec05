package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.testing.SharedData;
import picocli.CommandLine;

/** Every subcommand's {@code --help}, and how an unexpected error is shown with and without {@code --verbose}. */
class HelpAndErrorsTest {
    @TempDir
    Path dir;

    @Test
    void everySubcommandPrintsUsageAndADescriptionForHelpAndExitsZero() {
        CommandLine root = CommandLineFactory.create(new CliEnv(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Map.of(), dir, false));
        List<String> names = List.copyOf(root.getSubcommands().keySet());
        assertTrue(names.containsAll(List.of("ingest", "list", "show", "extract", "ledger", "search", "stats",
                "reindex", "compare")), names.toString());
        for (String name : names) {
            CommandLine sub = root.getSubcommands().get(name);
            CliRunner.Result r = new CliRunner(dir).run(name, "--help");
            assertEquals(0, r.exitCode(), name + ": " + r);
            assertTrue(r.out().startsWith("Usage: reportminer " + name) || r.out().contains("\nUsage: reportminer "
                    + name), name + ": " + r.out());
            String[] header = sub.getCommandSpec().usageMessage().header();
            String[] description = sub.getCommandSpec().usageMessage().description();
            String first = header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
            assertFalse(first.isBlank(), name + " has neither a header nor a description");
            // picocli wraps long lines at 80 columns: compare with whitespace collapsed
            assertTrue(r.out().replaceAll("\\s+", " ").contains(first.replaceAll("\\s+", " ")), name + ": " + r.out());
            assertEquals("", r.err(), name);
        }
    }

    @Test
    void aStorePathThatIsAFileIsAUsageErrorInOnePlainLine() throws IOException {
        Files.writeString(dir.resolve("not-a-folder"), "x");
        CliRunner.Result r = new CliRunner(dir).run("ingest", "--store", "not-a-folder",
                SharedData.fixture("seed001.docx").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertEquals("reportminer: --store not-a-folder: not a folder", r.err().strip());
        assertEquals("x", Files.readString(dir.resolve("not-a-folder")));
    }

    /** A store whose reports/ sub-folder is a file cannot be opened: plain line, usage code, no trace. */
    private Path brokenStore() throws IOException {
        Path store = Files.createDirectories(dir.resolve("broken-store"));
        Files.writeString(store.resolve("reports"), "x");
        return store;
    }

    @Test
    void anUnusableStoreIsOnePlainLineWithoutVerbose() throws IOException {
        brokenStore();
        CliRunner.Result r = new CliRunner(dir).run("ingest", "--store", "broken-store",
                SharedData.fixture("seed001.docx").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        List<String> lines = r.err().lines().filter(l -> l.startsWith("reportminer:")).toList();
        assertEquals(1, lines.size(), r.toString());
        assertTrue(lines.get(0).startsWith("reportminer: cannot open store " + dir.resolve("broken-store")),
                r.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
    }

    @Test
    void verbosePrintsTheStackTraceOfAFailure() throws IOException {
        brokenStore();
        CliRunner.Result r = new CliRunner(dir).run("ingest", "--verbose", "--store", "broken-store",
                SharedData.fixture("seed001.docx").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("reportminer: cannot open store "), r.toString());
        assertTrue(r.err().contains("java.io.UncheckedIOException: cannot open store"), r.toString());
        assertTrue(r.err().contains("\tat org.reportminer.corpus.store.ReportStore"), r.toString());
        assertFalse(r.err().contains("(run with --verbose"), r.toString());
    }

    @Test
    void verboseBeforeTheSubcommandWorksToo() throws IOException {
        brokenStore();
        CliRunner.Result r = new CliRunner(dir).run("--verbose", "ingest", "--store", "broken-store",
                SharedData.fixture("seed001.docx").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("\tat "), r.toString());
    }

    @Test
    void anExpectedErrorStaysOneLineEvenWithVerboseOffAndHasNoHint() {
        CliRunner.Result r = new CliRunner(dir).run("show", "--store", "empty-store", "abcdef");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
    }

    @Test
    void aMissingRequiredArgumentIsAUsageErrorWithTheUsage() {
        CliRunner.Result r = new CliRunner(dir).run("ingest");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().startsWith("Missing required parameter: 'PATH'"), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void benchOnAMissingCorpusIsAUsageErrorNamingTheFolder() {
        CliRunner.Result r = new CliRunner(dir).run("bench", "--corpus", "no-such-corpus", "--skip-startup");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertEquals("reportminer: --corpus no-such-corpus: no such folder", r.err().strip());
        assertEquals("", r.out());
    }
}
