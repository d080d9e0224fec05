package org.reportminer.corpus.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A report's corrections, in the order they were made (later ones see the result of earlier ones). Stored beside
 * the report, never inside it, so re-extraction keeps them; see {@code pipeline.correct.CorrectionApplier}.
 *
 * @param reportId    the report corrected
 * @param corrections the corrections, oldest first
 */
public record CorrectionOverlay(String reportId, List<Correction> corrections) {

    public CorrectionOverlay {
        if (reportId == null || reportId.isBlank()) {
            throw new IllegalArgumentException("a correction overlay needs its report id");
        }
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** No corrections for {@code reportId}. */
    public static CorrectionOverlay empty(String reportId) {
        return new CorrectionOverlay(reportId, List.of());
    }

    /** Whether there is anything to apply (not an {@code isX} getter: the JSON holds only the components). */
    public boolean hasCorrections() {
        return !corrections.isEmpty();
    }

    /** This overlay with {@code c} added last. */
    public CorrectionOverlay plus(Correction c) {
        List<Correction> all = new ArrayList<>(corrections);
        all.add(c);
        return new CorrectionOverlay(reportId, all);
    }

    /** This overlay without correction number {@code n} (1-based, as listed). */
    public CorrectionOverlay minus(int n) {
        if (n < 1 || n > corrections.size()) {
            throw new IllegalArgumentException("no correction " + n + " (there are " + corrections.size() + ")");
        }
        List<Correction> all = new ArrayList<>(corrections);
        all.remove(n - 1);
        return new CorrectionOverlay(reportId, all);
    }

    /** The same corrections under another report id (a replaced report's corrections carried over). */
    public CorrectionOverlay forReport(String newReportId) {
        return new CorrectionOverlay(newReportId, corrections);
    }
}
