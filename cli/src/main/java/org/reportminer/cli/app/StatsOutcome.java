package org.reportminer.cli.app;

import org.reportminer.index.search.IndexStats;

/**
 * What the index of a store holds, and whether it agrees with the store.
 *
 * @param index       documents per level, broken down by year, organisation and kind
 * @param consistency the index against the store
 */
public record StatsOutcome(IndexStats index, Consistency consistency) {

    /**
     * Whether the index holds exactly the stored reports.
     *
     * @param storedReports  reports in the store
     * @param indexedReports reports in the index
     * @param notSearchable  stored reports the index lacks: search cannot find them
     * @param noLongerStored indexed reports the store no longer holds: search finds what {@code show} cannot
     * @param inStep         whether both are zero
     * @param warning        what is wrong and how to fix it, or {@code null} when in step
     */
    public record Consistency(int storedReports, int indexedReports, int notSearchable, int noLongerStored,
                              boolean inStep, String warning) {
    }
}
