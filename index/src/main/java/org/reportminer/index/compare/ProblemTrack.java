package org.reportminer.index.compare;

import java.util.List;

/**
 * A recurring problem over time: each year's finding with its measures and their status, what the tracking page
 * (整改跟踪) shows. Field names are a public JSON contract.
 *
 * @param chain    the chain's number in {@code chains[]}, from 1
 * @param category the chain's category
 * @param findings one per report, in year order
 * @param relapsed whether it was presented as rectified in one year and came back in a later one
 */
public record ProblemTrack(int chain, String category, List<TrackedFinding> findings, boolean relapsed) {

    public ProblemTrack {
        findings = List.copyOf(findings);
    }
}
