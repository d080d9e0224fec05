package org.reportminer.pipeline.segment;

import java.util.List;

/**
 * Splits Chinese text into words with offsets. Implementations are thread-safe and load their
 * dictionaries once, at construction.
 */
public interface Segmenter {

    /**
     * Segments {@code text}. Every returned token satisfies {@code text.substring(t.start(), t.end()).equals(t.term())};
     * tokens are in order, do not overlap, and whitespace is not returned.
     */
    List<Token> segment(String text);

    /**
     * A segmenter that returns exactly the same words as this one, but whose part-of-speech tags may be coarser
     * (each word's most frequent tag) when that is cheaper; for callers that need the words and can live with
     * dictionary tags, such as the search index and the count windows. The default is this segmenter itself.
     */
    default Segmenter wordsOnly() {
        return this;
    }

    /**
     * Whether the segmenter's dictionary knows {@code word} as a measure word (HanLP's {@code q} or {@code qv}: 项, 眼,
     * 艘, 笔, 人次), in any of its uses: count extraction reads a number followed by such a word as a count when the
     * segmentation keeps the word whole. Time words ({@code qt}: 年) are not measure words. The default knows none.
     */
    default boolean isMeasureWord(String word) {
        return false;
    }

    /**
     * Whether the dictionary's most frequent use of {@code word} is as a measure word (艘, 笔, 链), not merely one of
     * its uses (眼, 国 and 河 are mostly nouns). The default knows none.
     */
    default boolean isMainlyMeasureWord(String word) {
        return false;
    }
}
