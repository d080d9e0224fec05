package org.reportminer.index.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The weights of one rewritten query, each made once and shared by the slices searched at the same time: one that
 * scores every match, and one for the top hits only (block-max WAND), made only if a slice needs it. Thread-safe.
 */
final class QueryWeights implements SliceSearch.Weights {

    private final IndexSearcher searcher;
    private final Query rewritten;
    private Weight complete;
    private Weight topScores;

    QueryWeights(IndexSearcher searcher, Query rewritten) {
        this.searcher = searcher;
        this.rewritten = rewritten;
    }

    @Override
    public synchronized Weight complete() throws IOException {
        if (complete == null) {
            complete = searcher.createWeight(rewritten, ScoreMode.COMPLETE, 1f);
        }
        return complete;
    }

    @Override
    public synchronized Weight topScores() throws IOException {
        if (topScores == null) {
            topScores = searcher.createWeight(rewritten, ScoreMode.TOP_SCORES, 1f);
        }
        return topScores;
    }
}
