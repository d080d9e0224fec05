package org.reportminer.index.search;

import java.util.List;
import org.reportminer.corpus.model.Span;
import org.reportminer.index.schema.Level;

/**
 * Builds a {@link Hit} from stored values and match offsets found elsewhere (another engine's highlighter), with the
 * same shown text and the same highlighting as {@link ReportSearcher}, so both backends print identical hits.
 *
 * @since 0.1
 */
public final class StoredHits {

    private StoredHits() {
    }

    /**
     * @param matches offsets of the query's matches in {@code text}; overlapping ones are merged
     */
    public static Hit of(Level level, String reportId, Integer year, String org, String kind, String findingId,
                         String text, String title, List<String> path, float score, List<Span> matches,
                         HighlightTags tags) {
        String t = text == null ? "" : text;
        return new Hit(level, reportId, year, org, kind, findingId, HitAssembler.shown(level, title, t),
                MatchHighlighter.highlight(t, matches, tags), score, path, title);
    }

    /** {@link IndexStats.LevelStats} from a total and facet counts. */
    public static IndexStats.LevelStats levelStats(long total, Facets facets) {
        return IndexStats.LevelStats.of(total, facets);
    }
}
