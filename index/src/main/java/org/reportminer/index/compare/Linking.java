package org.reportminer.index.compare;

import java.util.List;

/**
 * What {@link FindingLinker} found for one organisation's findings.
 *
 * @param matches every finding with its category and ranked candidates, in input order
 * @param links   accepted links (score at or above the threshold), later finding first, strongest first
 */
public record Linking(List<RankedMatches> matches, List<Link> links) {

    public Linking {
        matches = List.copyOf(matches);
        links = List.copyOf(links);
    }
}
