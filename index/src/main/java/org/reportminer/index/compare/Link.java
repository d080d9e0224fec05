package org.reportminer.index.compare;

import java.util.List;

/**
 * A scored match between findings of two reports of one organisation. Field names are a public JSON contract:
 * {@code {from, to, score, evidence[]}}. In accepted links {@code from} is the later report's finding.
 *
 * @param from     the finding that was matched (the later one in accepted links)
 * @param to       the candidate it matched
 * @param score    similarity in [0, 1]; see {@link LinkScorer}
 * @param evidence why: {@code term:一岗双责}, {@code phrase:中心组学习}, {@code category:理论学习}, {@code bigram-dice:0.42}
 */
public record Link(FindingRef from, FindingRef to, double score, List<String> evidence) {

    public Link {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a link needs both findings");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must lie in [0,1]: " + score);
        }
        evidence = List.copyOf(evidence);
    }
}
