package org.reportminer.cli.output;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.reportminer.cli.app.IngestSummary;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.store.PutOutcome;

/** The closing summary of {@code ingest}: a table with one row per input plus totals, or its JSON form. */
public final class IngestRenderer {
    private IngestRenderer() {
    }

    /** The table, the totals line, and one line per truncation, index repair and failure. */
    public static void print(IngestSummary s, PrintWriter out, Function<Path, String> display) {
        TextTable t = new TextTable(List.of("id", "outcome", "year", "findings", "measures", "counts", "checks",
                "title"), 0, 0, 0, 0, 0, 0, 0, 44);
        for (IngestSummary.Item r : s.reports()) {
            t.row(r.id(), outcome(r) + (r.replacedId() != null ? " " + r.replacedId() : "")
                    + (r.duplicateOf() != null ? " of " + r.duplicateOf() : "")
                    + (r.truncated() ? " (truncated)" : ""),
                    r.year(), r.findings(), r.measures(), r.counts(),
                    r.failedChecks() == 0 ? "ok" : r.failedChecks() + " failed",
                    r.title() != null ? r.title() : Path.of(r.source()).getFileName());
        }
        t.print(out);
        int duplicates = s.count(PutOutcome.Kind.DUPLICATE);
        int truncated = s.truncated();
        out.printf("%d added, %d unchanged, %d replaced, %d duplicate%s, %d failed%s — store %s%n",
                s.count(PutOutcome.Kind.ADDED), s.count(PutOutcome.Kind.UNCHANGED), s.count(PutOutcome.Kind.REPLACED),
                duplicates, duplicates == 1 ? "" : "s", s.failures().size(),
                truncated > 0 ? ", " + truncated + " truncated" : "", display.apply(s.store()));
        if (truncated > 0) {
            out.println("truncated: the text of " + (truncated == 1 ? "1 report was" : truncated
                    + " reports were") + " cut at the write limit; only the part kept is searched and extracted");
        }
        if (s.indexRepaired() > 0 || s.indexRemoved() > 0) {
            out.println("index repaired: " + s.indexRepaired() + " missing report" + (s.indexRepaired() == 1 ? ""
                    : "s") + " indexed, " + s.indexRemoved() + " stale entr" + (s.indexRemoved() == 1 ? "y" : "ies")
                    + " removed");
        }
        for (Problem p : s.failures()) {
            out.println("failed: " + p.line() + " [" + p.kind() + "]");
        }
    }

    /**
     * The JSON form: {@code {store, added, unchanged, replaced, duplicates, failed, truncated, indexRepaired,
     * reports[], problems[]}}, a public contract.
     */
    public static Object json(IngestSummary s) {
        List<Row> rows = s.reports().stream().map(r -> new Row(r.id(), outcome(r), r.replacedId(), r.duplicateOf(),
                r.source(), r.title(), r.year(), r.kind(), r.findings(), r.measures(), r.counts(), r.failedChecks(),
                r.truncated())).toList();
        return new Json(s.store().toString(), s.count(PutOutcome.Kind.ADDED), s.count(PutOutcome.Kind.UNCHANGED),
                s.count(PutOutcome.Kind.REPLACED), s.count(PutOutcome.Kind.DUPLICATE), s.failures().size(),
                s.truncated(), new Repair(s.indexRepaired(), s.indexRemoved()), rows, s.failures());
    }

    private static String outcome(IngestSummary.Item r) {
        return r.outcome().name().toLowerCase(Locale.ROOT);
    }

    /** The summary as JSON; the serialiser sorts the fields. */
    record Json(String store, int added, int unchanged, int replaced, int duplicates, int failed, int truncated,
                Repair indexRepaired, List<Row> reports, List<Problem> problems) {
    }

    /** Index repairs of the run. */
    record Repair(int indexed, int removed) {
    }

    /** One input, with its outcome in lower case. */
    record Row(String id, String outcome, String replacedId, String duplicateOf, String source, String title,
               Integer year, String kind, int findings, int measures, int counts, int failedChecks,
               boolean truncated) {
    }
}
