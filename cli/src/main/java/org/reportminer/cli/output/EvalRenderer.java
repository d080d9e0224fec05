package org.reportminer.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.reportminer.corpus.json.JsonMapperFactory;
import org.reportminer.pipeline.eval.EvalSummary;
import org.reportminer.pipeline.eval.ReportScore;

/** Prints eval scores: a table per report, the sums, and optionally every miss; or the same as JSON. */
public final class EvalRenderer {
    private EvalRenderer() {
    }

    public static void print(EvalSummary s, boolean misses, PrintWriter out) {
        TextTable t = new TextTable(List.of("report", "findings R", "findings P", "measures", "numbers", "metadata",
                "fixed-term counts"));
        for (ReportScore r : s.reports()) {
            EvalSummary one = new EvalSummary(List.of(r));
            t.row(r.file() + (r.complete() ? "" : " *"), pct(one.findingRecall(), r.foundFindings(), r.goldFindings()),
                    pct(one.findingPrecision(), r.matchedExtracted(), r.extractedFindings()),
                    pct(one.measureCountRight(), r.measuresRight(), r.measuresAnnotated()),
                    pct(one.statedRecall(), r.statedFound(), r.statedGold()),
                    pct(one.metadataRight(), r.metadataRight(), r.metadataAnnotated()), r.fixedTermCounts());
        }
        t.print(out);
        line("all", s, out);
        if (s.reports().stream().anyMatch(r -> !r.complete())) {
            line("complete only", s.completeOnly(), out);
            out.println("* short or partial report (not in the floors)");
        }
        if (misses) {
            for (ReportScore r : s.reports()) {
                for (String m : r.misses()) {
                    out.println(TerminalText.escape(r.file() + ": " + m));
                }
            }
        }
    }

    private static void line(String name, EvalSummary s, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: findings recall %s, precision %s; measure counts right %s; numbers %s;"
                        + " metadata right %s (filled %s); fixed-term counts %d%n", name, ratio(s.findingRecall()),
                ratio(s.findingPrecision()), ratio(s.measureCountRight()), ratio(s.statedRecall()),
                ratio(s.metadataRight()), ratio(s.metadataFilled()), s.fixedTermCounts());
    }

    private static String pct(double r, int num, int den) {
        return den == 0 ? "-" : String.format(Locale.ROOT, "%.2f (%d/%d)", r, num, den);
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.2f", r);
    }

    /** {all, complete, reports[]}: the figures as fractions (null when nothing to divide), each report's counts. */
    public static ObjectNode json(EvalSummary s) {
        ObjectMapper mapper = JsonMapperFactory.create();
        ObjectNode root = mapper.createObjectNode();
        root.set("all", figures(mapper, s));
        root.set("complete", figures(mapper, s.completeOnly()));
        ArrayNode reports = root.putArray("reports");
        for (ReportScore r : s.reports()) {
            ObjectNode n = mapper.valueToTree(r);
            n.set("figures", figures(mapper, new EvalSummary(List.of(r))));
            reports.add(n);
        }
        return root;
    }

    private static ObjectNode figures(ObjectMapper mapper, EvalSummary s) {
        ObjectNode n = mapper.createObjectNode();
        put(n, "findingRecall", s.findingRecall());
        put(n, "findingPrecision", s.findingPrecision());
        put(n, "measureCountRight", s.measureCountRight());
        put(n, "statedRecall", s.statedRecall());
        put(n, "metadataRight", s.metadataRight());
        put(n, "metadataFilled", s.metadataFilled());
        n.put("fixedTermCounts", s.fixedTermCounts());
        return n;
    }

    private static void put(ObjectNode n, String name, double v) {
        if (Double.isNaN(v)) {
            n.putNull(name);
        } else {
            n.put(name, Math.round(v * 10000) / 10000.0);
        }
    }
}
