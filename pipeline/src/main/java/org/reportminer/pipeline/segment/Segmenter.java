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
     * (each word's most frequent tag) when that is cheaper; for callers that need only the words, such as the search
     * index. The default is this segmenter itself.
     */
    default Segmenter wordsOnly() {
        return this;
    }
}
