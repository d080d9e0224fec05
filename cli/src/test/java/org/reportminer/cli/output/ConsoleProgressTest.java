package org.reportminer.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How a use case's progress reads on stderr when it is not a terminal. */
class ConsoleProgressTest {
    private final StringWriter err = new StringWriter();
    private final ConsoleProgress progress = new ConsoleProgress(new PrintWriter(err, true), false,
            p -> "shown:" + p.getFileName());

    @Test
    void eachEventIsOnePlainLineWithPathsAsTheUserSeesThem() {
        progress.creatingStore(Path.of("/w/store"));
        progress.warned("/w/a.txt: empty file (0 bytes)");
        progress.started("ingest", 2);
        progress.stepped("added 0123 a.txt");
        progress.warned("notice during the batch");
        progress.stepped("failed /w/b.txt");
        progress.finished();
        progress.wrote(Path.of("/w/l.xlsx"), "38 rows");
        progress.wrote(Path.of("/w/c.html"), "");
        assertEquals(String.join("\n", "creating store shown:store", "reportminer: /w/a.txt: empty file (0 bytes)",
                "[1/2] added 0123 a.txt", "reportminer: notice during the batch", "[2/2] failed /w/b.txt",
                "wrote shown:l.xlsx (38 rows)", "wrote shown:c.html", ""), err.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aRefusalReasonIsCutToTwoTerminalLines() {
        progress.refused("/w/a.txt", "0123", "x".repeat(300));
        assertEquals("reportminer: /w/a.txt: stored as 0123, but the index refused it: " + "x".repeat(159) + "…\n",
                err.toString().replace(System.lineSeparator(), "\n"));
    }
}
