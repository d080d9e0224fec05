package org.reportminer.index.search;

/**
 * What the index holds, per level.
 *
 * @param reports  report documents
 * @param sections section documents
 * @param findings finding documents
 * @param measures measure documents
 * @param counts   count documents
 */
public record IndexStats(LevelStats reports, LevelStats sections, LevelStats findings, LevelStats measures,
                         LevelStats counts) {

    /**
     * Documents of one level, in total and broken down.
     *
     * @param total  how many
     * @param byYear year → how many (ordered by count, then value)
     * @param byOrg  organisation → how many
     * @param byKind report kind → how many
     */
    public record LevelStats(long total, java.util.Map<String, Integer> byYear, java.util.Map<String, Integer> byOrg,
                             java.util.Map<String, Integer> byKind) {

        static LevelStats of(long total, Facets facets) {
            return new LevelStats(total, facets.year(), facets.org(), facets.kind());
        }
    }
}
