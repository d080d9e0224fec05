package org.reportminer.cli.app;

import java.nio.file.Path;
import java.util.List;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.PutOutcome;

/**
 * What an ingest run did, input by input.
 *
 * @param store         the store folder
 * @param reports       one entry per input that was read (or recognised as stored), in input order
 * @param failures      the inputs that failed: missing, unreadable, or refused by the index; in the order met
 * @param indexRepaired stored reports the index lacked and now holds
 * @param indexRemoved  index entries of reports no longer stored that were removed
 */
public record IngestSummary(Path store, List<Item> reports, List<Problem> failures, int indexRepaired,
                            int indexRemoved) {

    public IngestSummary {
        reports = List.copyOf(reports);
        failures = List.copyOf(failures);
    }

    /**
     * One input that was stored, or found already stored.
     *
     * @param id           the report id
     * @param outcome      added, unchanged, replaced or duplicate
     * @param replacedId   the older version's id, for {@code REPLACED}; else {@code null}
     * @param duplicateOf  the stored report with the same text, for {@code DUPLICATE}; else {@code null}
     * @param source       the file it was read from
     * @param title        its title, or {@code null}
     * @param year         its year, or {@code null}
     * @param kind         its report kind, or {@code null}
     * @param findings     findings extracted
     * @param measures     measures extracted
     * @param counts       counts extracted
     * @param failedChecks consistency checks that failed
     * @param truncated    whether its text was cut at the write limit
     */
    public record Item(String id, PutOutcome.Kind outcome, String replacedId, String duplicateOf, String source,
                       String title, Integer year, String kind, int findings, int measures, int counts,
                       int failedChecks, boolean truncated) {

        /** The entry for {@code report}, stored with {@code outcome}. */
        public static Item of(PutOutcome outcome, Report report) {
            var ex = report.extraction();
            return new Item(report.id(), outcome.kind(), outcome.replacedId(),
                    outcome.kind() == PutOutcome.Kind.DUPLICATE ? outcome.id() : null, report.source(),
                    report.title(), report.year(), report.kind(), ex == null ? 0 : ex.findings().size(),
                    ex == null ? 0 : ex.measures().size(), ex == null ? 0 : ex.counts().size(),
                    ex == null ? 0 : (int) ex.checks().stream().filter(c -> !c.ok()).count(), report.truncated());
        }
    }

    /** Inputs with this outcome. */
    public int count(PutOutcome.Kind outcome) {
        return (int) reports.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Reports whose text was cut at the write limit. */
    public int truncated() {
        return (int) reports.stream().filter(Item::truncated).count();
    }
}
