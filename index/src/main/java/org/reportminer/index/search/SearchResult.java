package org.reportminer.index.search;

import java.util.List;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param total  how many documents matched (exact), of which {@code hits} are the best {@code limit}
 * @param hits   best first
 * @param facets counts over all {@code total} matches
 */
public record SearchResult(long total, List<Hit> hits, Facets facets) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
