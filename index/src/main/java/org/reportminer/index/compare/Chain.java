package org.reportminer.index.compare;

import java.util.List;

/**
 * A recurring problem: findings of different reports linked into one chain, each year's wording in year order.
 *
 * @param findings the findings, one per report, ordered by year (then report id)
 * @param years    the distinct years the problem appears in, ascending
 * @param strength the sum of the scores of the links that hold the chain together (more years and closer wording
 *                 give a stronger chain)
 * @param category the most frequent taxonomy category of the findings
 * @param evidence the concept terms shared by the chain's links, most frequent first
 */
public record Chain(List<FindingRef> findings, List<Integer> years, double strength, String category,
                    List<String> evidence) {

    public Chain {
        findings = List.copyOf(findings);
        years = List.copyOf(years);
        evidence = List.copyOf(evidence);
        if (findings.size() < 2) {
            throw new IllegalArgumentException("a chain needs at least two findings, got " + findings.size());
        }
    }
}
