package org.reportminer.pipeline.text;

import java.util.regex.Pattern;
import org.reportminer.corpus.text.Numerals;
import org.reportminer.corpus.text.Punctuation;

/**
 * The regular expressions of text folding and sentence splitting. Each pattern is compiled once and documented with a
 * matching and a non-matching example.
 */
final class TextPatterns {

    private TextPatterns() {
    }

    /**
     * Masked or literal numbers: ASCII digits, mask stars and Chinese-numeral years. Matches {@code 2019}, {@code **},
     * {@code 二〇二一}; does not match {@code 一岗双责} (a single numeral followed by a word is left alone).
     */
    static final Pattern NUMBER_OR_MASK = Pattern.compile("[0-9*＊]+(?:[.．][0-9]+)?|[" + Numerals.DIGITS + "]{4}(?=年)");

    /**
     * Name masks made of X: matches {@code XX} in {@code XX侨联} and {@code X} in {@code X市}; does not match the x of
     * a Latin word such as {@code Excel} (only upper-case runs next to non-Latin text).
     */
    static final Pattern NAME_MASK = Pattern.compile("(?<![A-Za-z])[XＸ]+(?![A-Za-z])");

    /**
     * Sentence ends for splitting report text: 。！？；, newlines. Matches the {@code 。} in {@code 不够。下一步}; a comma
     * never ends a sentence.
     */
    static final Pattern SENTENCE_END = Pattern.compile("[" + Punctuation.SENTENCE_ENDS + "]+[" + Punctuation.CLOSERS + "]*|\\n+");
}
