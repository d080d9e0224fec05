package org.reportminer.index.compare;

import java.util.List;
import org.reportminer.corpus.model.MeasureStatus;

/**
 * One year's finding of a recurring problem, with its measures and their status. Field names are a public JSON
 * contract.
 *
 * @param reportId       the report
 * @param year           its year
 * @param findingId      the finding ({@code F3}, or {@code P2} for a problem sentence)
 * @param text           the finding's text
 * @param start          where it starts in its report's text
 * @param end            where it ends
 * @param status         the finding's own status, or {@code null} when only its measures carry one
 * @param statusEvidence the words that gave it, or {@code null}
 * @param measures       its measures in text order
 * @param claimedDone    whether the report presents it as rectified (see {@link RelapseTracker})
 */
public record TrackedFinding(String reportId, int year, String findingId, String text, int start, int end,
                             MeasureStatus status, String statusEvidence, List<TrackedMeasure> measures,
                             boolean claimedDone) {

    public TrackedFinding {
        measures = List.copyOf(measures);
    }
}
