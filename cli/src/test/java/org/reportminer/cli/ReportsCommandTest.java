package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsCommandTest {
    @TempDir
    Path dir;

    @Test
    void rootWithoutSubcommandPrintsUsageAndExitCodes() {
        CliRunner.Result r = new CliRunner(dir).run();
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("Usage: reportminer"), r.toString());
        assertTrue(r.out().contains("Exit codes: 0 ok, 1 internal error, 2 usage error, 3"), r.toString());
    }

    @Test
    void unknownOptionIsAUsageErrorOnStderr() {
        CliRunner.Result r = new CliRunner(dir).run("--no-such-option");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("Unknown option: '--no-such-option'"), r.toString());
        assertEquals("", r.out());
    }
}
