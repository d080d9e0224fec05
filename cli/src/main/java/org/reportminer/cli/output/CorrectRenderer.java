package org.reportminer.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportminer.cli.app.CorrectUseCase;
import org.reportminer.corpus.model.Correction;
import org.reportminer.pipeline.correct.Attachment;

/**
 * A report's corrections for a person (one line each: number, target, what changed, whether it attached) or as
 * JSON: {@code {reportId, title, corrections[] {number, kind, target, value, other, at, state, ref, reason}, orphaned}}.
 */
public final class CorrectRenderer {
    private CorrectRenderer() {
    }

    /** The JSON form. */
    public static Map<String, Object> json(CorrectUseCase.Listing listing) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Attachment a : listing.corrections()) {
            Correction c = a.correction();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", a.number());
            row.put("kind", c.kind());
            row.put("target", c.target());
            row.put("value", c.value());
            row.put("other", c.other());
            row.put("at", c.at());
            row.put("state", a.state());
            row.put("ref", a.ref());
            row.put("reason", a.reason());
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reportId", listing.reportId());
        out.put("title", listing.title());
        out.put("corrections", rows);
        out.put("orphaned", listing.orphans().size());
        return out;
    }

    /** {@code report ID TITLE: N corrections}, then one line per correction. */
    public static void print(CorrectUseCase.Listing listing, PrintWriter out) {
        int n = listing.corrections().size();
        out.printf("report %s  %s: %d correction%s%s%n", listing.reportId(),
                TerminalText.escape(TextTable.cut(String.valueOf(listing.title()), 40)), n, n == 1 ? "" : "s",
                listing.orphans().isEmpty() ? "" : ", " + listing.orphans().size() + " orphaned");
        for (Attachment a : listing.corrections()) {
            Correction c = a.correction();
            String what = switch (c.kind()) {
                case STATUS -> "status " + c.value();
                case RESPONSIBLE -> "responsible " + (c.value() == null ? "(cleared)" : c.value());
                case TIMEFRAME -> "timeframe " + (c.value() == null ? "(cleared)" : c.value());
                case FALSE_FINDING -> "not a finding";
                case MERGE -> "merged with " + c.other().ref();
                case SPLIT -> "split at " + c.at();
            };
            String state = switch (a.state()) {
                case EXACT -> "applied";
                case MOVED -> "applied, moved: " + a.reason();
                case ORPHANED -> "ORPHANED: " + a.reason();
            };
            out.printf("%3d. %-7s %s  [%s]  %s%n", a.number(), a.ref(), TerminalText.escape(what), state,
                    TerminalText.escape(TextTable.cut(c.target().surface(), 40)));
        }
    }
}
