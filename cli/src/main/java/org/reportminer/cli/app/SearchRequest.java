package org.reportminer.cli.app;

import java.nio.file.Path;
import java.util.Objects;
import org.reportminer.index.backend.SolrTarget;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.SearchQuery;

/**
 * A search of one store.
 *
 * @param store    the store folder (its index is searched)
 * @param query    the query and its filters
 * @param synonyms a user synonym file in Solr format, added to the built-in ones, or {@code null}
 * @param tags     how matches are marked in the highlighted text
 */
public record SearchRequest(Path store, SearchQuery query, Path synonyms, HighlightTags tags, SolrTarget solr) {
    /** A search of the store's embedded index. */
    public SearchRequest(Path store, SearchQuery query, Path synonyms, HighlightTags tags) {
        this(store, query, synonyms, tags, null);
    }

    public SearchRequest {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(tags, "tags");
    }
}
