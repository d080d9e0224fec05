package org.reportminer.index.compare;

import java.util.List;
import org.reportminer.pipeline.classify.Categorised;

/**
 * The ranked candidate matches of one finding among the same organisation's findings of other reports.
 *
 * @param finding    the finding
 * @param category   its taxonomy category with evidence
 * @param candidates links from {@code finding} to candidates, best first, whether or not above the threshold
 */
public record RankedMatches(FindingRef finding, Categorised category, List<Link> candidates) {

    public RankedMatches {
        candidates = List.copyOf(candidates);
    }
}
