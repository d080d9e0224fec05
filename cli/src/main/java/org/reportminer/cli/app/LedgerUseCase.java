package org.reportminer.cli.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.corpus.model.Report;
import org.reportminer.pipeline.ledger.Ledger;
import org.reportminer.pipeline.ledger.LedgerWriter;

/**
 * Ledger: the rectification ledger (整改台账) of each report, written as csv or xlsx. One report goes to the output
 * file (or back to the caller to print); several go to a folder, one file each, named after the input file and the
 * report id.
 */
public final class LedgerUseCase {
    private final ExtractUseCase extract;

    public LedgerUseCase(Services services) {
        this.extract = new ExtractUseCase(services);
    }

    /**
     * The listener hears one warning per failed input, then one {@link ProgressListener#wrote} per ledger.
     *
     * @return the outcome; no ledger at all when every input failed
     * @throws CliException a usage error (exit 2) when the output does not fit: xlsx without a file, several reports
     *                      without a folder
     */
    public LedgerOutcome ledger(LedgerRequest request, ProgressListener listener) throws IOException {
        ExtractOutcome extracted = extract.extract(request.reports(), listener);
        List<Report> reports = extracted.reports();
        List<LedgerOutcome.WrittenLedger> written = new ArrayList<>();
        if (reports.isEmpty()) {
            return new LedgerOutcome(written, null, extracted.problems());
        }
        LedgerWriter writer = new LedgerWriter();
        Path out = request.output();
        // -o FILE or -o FOLDER is decided by the inputs given, not by how many of them failed
        boolean single = out == null ? reports.size() == 1
                : !Files.isDirectory(out) && reports.size() + extracted.problems().size() == 1;
        if (single) {
            Ledger ledger = Ledger.of(reports.get(0).extraction());
            if (out == null) {
                if (request.format() == LedgerWriter.Format.XLSX) {
                    throw new CliException(ExitCodes.USAGE, "an xlsx ledger needs -o FILE.xlsx");
                }
                return new LedgerOutcome(written, ledger, extracted.problems());
            }
            writer.write(ledger, out, request.format());
            written.add(wrote(out, ledger, listener));
        } else {
            if (out == null) {
                throw new CliException(ExitCodes.USAGE, reports.size() + " reports: give -o FOLDER for one ledger each");
            }
            Files.createDirectories(out);
            String ext = request.format() == LedgerWriter.Format.XLSX ? ".台账.xlsx" : ".台账.csv";
            for (Report r : reports) {
                String base = Path.of(r.source()).getFileName().toString().replaceFirst("\\.[^.]+$", "");
                Path file = out.resolve(base + "-" + r.id().substring(0, 8) + ext);
                Ledger ledger = Ledger.of(r.extraction());
                writer.write(ledger, file, request.format());
                written.add(wrote(file, ledger, listener));
            }
        }
        return new LedgerOutcome(written, null, extracted.problems());
    }

    private static LedgerOutcome.WrittenLedger wrote(Path file, Ledger ledger, ProgressListener listener) {
        listener.wrote(file, ledger.rows().size() + " rows");
        return new LedgerOutcome.WrittenLedger(file, ledger.rows().size());
    }
}
