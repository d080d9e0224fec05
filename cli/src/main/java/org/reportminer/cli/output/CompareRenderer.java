package org.reportminer.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.reportminer.cli.app.CompareOutcome;
import org.reportminer.index.compare.Chain;
import org.reportminer.index.compare.ComparisonResult;
import org.reportminer.index.compare.FindingRef;
import org.reportminer.index.compare.Relapse;
import org.reportminer.index.compare.ReportDiff;
import org.reportminer.index.compare.Reuse;
import org.reportminer.index.compare.ReusedPassage;
import org.reportminer.index.compare.TrackedFinding;
import org.reportminer.index.compare.TrackedMeasure;

/**
 * A comparison for a person: the strongest chains of recurring problems, the relapses (整改后反弹), the year × category
 * matrix, the diff of
 * each report against the one before and the text each reuses.
 */
public final class CompareRenderer {
    private CompareRenderer() {
    }

    /** The JSON form: the one result, or an array when several organisations were compared. */
    public static Object json(CompareOutcome outcome) {
        List<ComparisonResult> results = outcome.results().stream().map(CompareOutcome.Comparison::result).toList();
        return results.size() == 1 ? results.get(0) : results;
    }

    /** Every comparison of {@code outcome}, showing at most {@code chainLimit} chains each. */
    public static void print(CompareOutcome outcome, int chainLimit, PrintWriter out) {
        outcome.results().forEach(c -> print(c.result(), c.orgName(), chainLimit, out));
    }

    private static void print(ComparisonResult r, String orgName, int chainLimit, PrintWriter out) {
        out.printf("== %s: %d reports (%s)%n%n", orgName, r.reports().size(),
                String.join(", ", r.reports().stream().map(y -> y.year() + " " + y.reportId()).toList()));
        out.println("Recurring problems (chains, strongest first):");
        int n = 0;
        for (Chain c : r.chains()) {
            if (++n > chainLimit) {
                out.printf("  … %d more (--chains N)%n", r.chains().size() - chainLimit);
                break;
            }
            out.printf("%2d. %s  %s  strength %.2f%s%n", n, c.years(), c.category(), c.strength(),
                    c.evidence().isEmpty() ? "" : "  shared: " + String.join("、", c.evidence()));
            for (FindingRef f : c.findings()) {
                out.printf("      %d %-4s %s%n", f.year(), f.findingId(), TextTable.cut(f.text(), 90));
            }
        }
        if (r.chains().isEmpty()) {
            out.println("  none");
        }
        out.println();
        relapses(r, out);
        out.println();
        out.println("Findings by year and category:");
        matrix(r, out);
        out.println();
        for (ReportDiff d : r.diffs()) {
            out.printf("%s vs %s: %d new, %d recurring, %d no longer mentioned%n", d.reportId(), d.earlierReportId(),
                    d.newFindings().size(), d.recurring().size(), d.noLongerMentioned().size());
        }
        for (Reuse u : r.reuse()) {
            out.printf("%s reuses %.1f%% of its text from %s%n", u.reportId(), 100 * u.share(), u.earlierReportId());
            u.passages().stream().limit(3).forEach((ReusedPassage p) ->
                    out.printf("    %d-%d ← %d-%d  %s%n", p.start(), p.end(), p.earlierStart(), p.earlierEnd(),
                            TextTable.cut(p.text(), 80)));
        }
        out.println();
    }

    /** 整改后反弹: each problem presented as rectified, the DONE evidence, and the later report that names it again. */
    private static void relapses(ComparisonResult r, PrintWriter out) {
        out.println("Relapses (整改后反弹: presented as rectified, named again later):");
        int n = 0;
        for (Relapse x : r.relapses()) {
            TrackedFinding done = x.claimed();
            TrackedFinding back = x.recurred();
            out.printf("%2d. %s  %d %s → %d %s  (chain %d)%n", ++n, x.category(), done.year(), done.findingId(),
                    back.year(), back.findingId(), x.chain());
            out.printf("      %d %-4s %s%n", done.year(), done.findingId(), TextTable.cut(done.text(), 90));
            if (done.status() != null) {
                out.printf("           status %s (%s)%n", done.status(), done.statusEvidence());
            }
            for (TrackedMeasure m : x.doneEvidence()) {
                out.printf("           %s DONE (%s) %s%n", m.label(), TextTable.cut(String.valueOf(m.statusEvidence()), 30),
                        TextTable.cut(m.text(), 60));
            }
            out.printf("      %d %-4s %s%n", back.year(), back.findingId(), TextTable.cut(back.text(), 90));
        }
        if (n == 0) {
            out.println("  none");
        }
    }

    private static void matrix(ComparisonResult r, PrintWriter out) {
        List<String> headers = new ArrayList<>();
        headers.add("category");
        r.matrix().years().forEach(y -> headers.add(String.valueOf(y)));
        TextTable t = new TextTable(headers);
        for (int i = 0; i < r.matrix().categories().size(); i++) {
            Object[] row = new Object[headers.size()];
            row[0] = r.matrix().categories().get(i);
            for (int j = 0; j < r.matrix().years().size(); j++) {
                int v = r.matrix().counts().get(j).get(i);
                row[j + 1] = v == 0 ? "." : v;
            }
            t.row(row);
        }
        t.print(out);
    }
}
