package org.reportminer.index.search;

import java.util.List;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param total      how many documents matched, of which {@code hits} are the best {@code limit}; an estimate when
 *                   {@code totalExact} is false
 * @param totalExact whether {@code total} and {@code facets} count every match; false when a broad query was
 *                   counted exactly up to a limit and then estimated from a sample (ask with
 *                   {@link SearchQuery#exact()} for exact counts)
 * @param hits       best first; always the exact best hits, estimated or not
 * @param facets     counts over all {@code total} matches (estimates when {@code totalExact} is false)
 */
public record SearchResult(long total, boolean totalExact, List<Hit> hits, Facets facets) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** A result whose total and facets are exact. */
    public SearchResult(long total, List<Hit> hits, Facets facets) {
        this(total, true, hits, facets);
    }
}
