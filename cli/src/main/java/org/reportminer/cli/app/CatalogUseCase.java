package org.reportminer.cli.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.work.StoredCorrections;
import org.reportminer.corpus.model.Check;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.corpus.store.ReportSummary;

/**
 * List and show: what a store holds. Reads only; a report file found unreadable is quarantined by the store and
 * reported to the listener, and the others are still listed.
 */
public final class CatalogUseCase {

    /** A consistency check that failed in a stored report. */
    public record FailedCheck(String reportId, Integer year, Check check) {
    }

    /** Every stored report's metadata, by year (undated first), then source path. */
    public List<ReportSummary> list(Path store, ProgressListener listener) {
        try (ReportStore reports = ReportStore.openReadOnly(store, listener::warned)) {
            return reports.list().stream()
                    .sorted(Comparator.comparing((ReportSummary s) -> s.year() == null ? 0 : s.year())
                            .thenComparing(ReportSummary::source))
                    .toList();
        }
    }

    /**
     * The stored report named by {@code ref}: an id, an id prefix of four or more characters, or the path it was read
     * from (relative paths resolve against {@code base}), with the user's corrections applied to its extraction.
     *
     * @throws CliException exit 3 when there is no such report, exit 2 when {@code ref} is not a usable reference
     */
    public Report show(Path store, String ref, Path base, ProgressListener listener) {
        try (ReportStore reports = ReportStore.openReadOnly(store, listener::warned)) {
            String key = ref;
            if (!ref.isEmpty() && Files.exists(base.resolve(ref).normalize())) {
                key = base.resolve(ref).normalize().toAbsolutePath().toString();
            }
            Report r = reports.find(key).orElseThrow(() -> new CliException(ExitCodes.INPUT_PROBLEMS,
                    "no report " + ref + " in " + store + " (see: reportminer list)"));
            // shown as corrected: the stored extraction with the user's corrections applied
            return StoredCorrections.corrected(reports, r, listener::warned);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
    }

    /** The checks that failed, report by report in store order: what an inspector looks at first. */
    public List<FailedCheck> failedChecks(Path store, ProgressListener listener) {
        List<FailedCheck> out = new ArrayList<>();
        try (ReportStore s = ReportStore.openReadOnly(store, listener::warned)) {
            for (ReportSummary sum : s.list()) {
                Report r = s.find(sum.id()).orElse(null);
                if (r == null || r.extraction() == null) {
                    continue;
                }
                r.extraction().checks().stream().filter(c -> !c.ok())
                        .forEach(c -> out.add(new FailedCheck(r.id(), r.year(), c)));
            }
        }
        return out;
    }
}
