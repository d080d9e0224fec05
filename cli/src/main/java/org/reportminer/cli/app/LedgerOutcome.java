package org.reportminer.cli.app;

import java.nio.file.Path;
import java.util.List;
import org.reportminer.corpus.model.Problem;
import org.reportminer.pipeline.ledger.Ledger;

/**
 * The ledgers written, and the inputs that failed.
 *
 * @param written  each ledger file with its number of rows, in input order
 * @param printed  the one ledger to show when no output was given, else {@code null}
 * @param problems one per input that could not be read, extracted or found
 */
public record LedgerOutcome(List<WrittenLedger> written, Ledger printed, List<Problem> problems) {
    public LedgerOutcome {
        written = List.copyOf(written);
        problems = List.copyOf(problems);
    }

    /** A ledger file and its number of rows. */
    public record WrittenLedger(Path file, int rows) {
    }
}
