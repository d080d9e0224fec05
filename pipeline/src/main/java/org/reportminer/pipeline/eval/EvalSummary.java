package org.reportminer.pipeline.eval;

import java.util.List;

/**
 * Scores over a set of reports, summed before dividing (micro-averaged), so a long report weighs more than a short
 * one. A ratio with nothing to divide by is {@code NaN} and prints as "-".
 *
 * @param reports the per-report scores, in gold order
 */
public record EvalSummary(List<ReportScore> reports) {
    public EvalSummary {
        reports = List.copyOf(reports);
    }

    /** Only the reports that meet the development set's criteria (the floors apply to these). */
    public EvalSummary completeOnly() {
        return new EvalSummary(reports.stream().filter(ReportScore::complete).toList());
    }

    public double findingRecall() {
        return ratio(sum(ReportScore::foundFindings), sum(ReportScore::goldFindings));
    }

    public double findingPrecision() {
        return ratio(sum(ReportScore::matchedExtracted), sum(ReportScore::extractedFindings));
    }

    /** The share of found findings (with an annotated count) whose measure count is right. */
    public double measureCountRight() {
        return ratio(sum(ReportScore::measuresRight), sum(ReportScore::measuresAnnotated));
    }

    public double statedRecall() {
        return ratio(sum(ReportScore::statedFound), sum(ReportScore::statedGold));
    }

    public double metadataFilled() {
        return ratio(sum(ReportScore::metadataFilled), sum(ReportScore::metadataAnnotated));
    }

    public double metadataRight() {
        return ratio(sum(ReportScore::metadataRight), sum(ReportScore::metadataAnnotated));
    }

    public int fixedTermCounts() {
        return sum(ReportScore::fixedTermCounts);
    }

    private int sum(java.util.function.ToIntFunction<ReportScore> f) {
        return reports.stream().mapToInt(f).sum();
    }

    private static double ratio(int num, int den) {
        return den == 0 ? Double.NaN : (double) num / den;
    }
}
