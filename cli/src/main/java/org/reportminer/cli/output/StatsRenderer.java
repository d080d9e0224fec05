package org.reportminer.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.reportminer.cli.app.StatsOutcome;
import org.reportminer.index.search.IndexStats;

/** Index statistics: a table per level with breakdowns, and the consistency warning when there is one. */
public final class StatsRenderer {
    private StatsRenderer() {
    }

    public static void print(StatsOutcome outcome, PrintWriter out) {
        IndexStats s = outcome.index();
        TextTable t = new TextTable(List.of("level", "total", "by year", "by org", "by kind"), 0, 0, 40, 40, 40);
        row(t, "reports", s.reports());
        row(t, "sections", s.sections());
        row(t, "findings", s.findings());
        row(t, "measures", s.measures());
        row(t, "counts", s.counts());
        t.print(out);
        if (outcome.consistency().warning() != null) {
            out.println(outcome.consistency().warning());
        }
    }

    /** The JSON form: {@code {reports, sections, findings, measures, counts, consistency}}. */
    public static Object json(StatsOutcome outcome) {
        IndexStats s = outcome.index();
        return new Json(s.reports(), s.sections(), s.findings(), s.measures(), s.counts(), outcome.consistency());
    }

    private static void row(TextTable t, String name, IndexStats.LevelStats l) {
        t.row(name, l.total(), join(l.byYear()), join(l.byOrg()), join(l.byKind()));
    }

    private static String join(Map<String, Integer> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }

    /** The statistics as JSON; the serialiser sorts the fields. */
    record Json(IndexStats.LevelStats reports, IndexStats.LevelStats sections, IndexStats.LevelStats findings,
                IndexStats.LevelStats measures, IndexStats.LevelStats counts, StatsOutcome.Consistency consistency) {
    }
}
