package org.reportminer.cli.app;

import java.nio.file.Path;
import java.util.Objects;
import org.reportminer.pipeline.ledger.LedgerWriter;

/**
 * Ledgers to write.
 *
 * @param reports the reports, as for extract
 * @param output  the ledger file for one report, or an existing folder for one ledger per report; {@code null}
 *                hands the one ledger back to print (csv only)
 * @param format  csv or xlsx
 */
public record LedgerRequest(ExtractRequest reports, Path output, LedgerWriter.Format format) {
    public LedgerRequest {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(format, "format");
    }
}
