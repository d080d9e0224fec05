package org.reportminer.corpus.text;

/**
 * The punctuation of Chinese reports: where sentences and clauses end, the quotes and brackets that close them, and
 * full-width forms with their folding to ASCII. The one home of every such set.
 *
 * <p>The sets are strings of characters with no regex meaning inside a class, so a regex builds its class by
 * concatenation ({@code "[" + SENTENCE_ENDS + "]"}, {@code "[^" + SENTENCE_ENDS + "\\n]"}) and code tests a character
 * with the predicates or {@code indexOf}.
 */
public final class Punctuation {

    /** Chinese sentence ends: full stop, exclamation and question marks, and the semicolon that ends report items. */
    public static final String CHINESE_SENTENCE_ENDS = "。！？；";
    /** Sentence ends in both widths: {@code 。！？；} and ASCII {@code !?;} (not {@code .}, a decimal point as often). */
    public static final String SENTENCE_ENDS = CHINESE_SENTENCE_ENDS + "!?;";
    /** Both colons, {@code ：} and {@code :}. */
    public static final String COLONS = "：:";
    /** Both commas, {@code ，} and {@code ,}. */
    public static final String COMMAS = "，,";
    /** The enumeration comma that separates list items: {@code 、}. */
    public static final char ENUMERATION_COMMA = '、';
    /** Chinese marks that end a clause but not a sentence: {@code ，、：}. */
    public static final String CHINESE_CLAUSE_ENDS = "，、：";
    /** Clause ends in both widths: {@link #CHINESE_CLAUSE_ENDS} and ASCII {@code ,:}. */
    public static final String CLAUSE_ENDS = CHINESE_CLAUSE_ENDS + ",:";
    /** Quotes that close a quotation: {@code ” ’ 」 』} and the ASCII {@code "}, which after a sentence end closes. */
    public static final String CLOSING_QUOTES = "”’」』\"";
    /** Brackets that close: {@code ） ) 》}. */
    public static final String CLOSING_BRACKETS = "）)》";
    /** Whatever may follow a sentence end and still belong to its sentence: closing quotes and brackets. */
    public static final String CLOSERS = CLOSING_QUOTES + CLOSING_BRACKETS;
    /** Quotes that open a quotation: {@code “ ‘ 「 『} and the ASCII {@code "}. */
    public static final String OPENING_QUOTES = "“‘「『\"";
    /** Brackets that open: {@code （ ( 《}. */
    public static final String OPENING_BRACKETS = "（(《";
    /** The ellipsis {@code …}, which ends a line of running text like a full stop. */
    public static final char ELLIPSIS = '…';
    /** The ideographic (full-width) space U+3000. */
    public static final char IDEOGRAPHIC_SPACE = '\u3000';

    /** First and last full-width form of printable ASCII ({@code ！} … {@code ～}), and their distance from ASCII. */
    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private Punctuation() {
    }

    /** Whether {@code c} ends a sentence: one of {@link #SENTENCE_ENDS}. */
    public static boolean isSentenceEnd(char c) {
        return SENTENCE_ENDS.indexOf(c) >= 0;
    }

    /** Whether {@code c} ends a clause but not a sentence: one of {@link #CLAUSE_ENDS}. */
    public static boolean isClauseEnd(char c) {
        return CLAUSE_ENDS.indexOf(c) >= 0;
    }

    /** Whether {@code c} is a closing quote or bracket: one of {@link #CLOSERS}. */
    public static boolean isCloser(char c) {
        return CLOSERS.indexOf(c) >= 0;
    }

    /** Whether {@code c} is the full-width form of a printable ASCII character, U+FF01–U+FF5E. */
    public static boolean isFullWidthAscii(char c) {
        return c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST;
    }

    /** Whether {@code c} is a full-width digit or Latin letter ({@code １}, {@code Ａ}, {@code ａ}). */
    public static boolean isFullWidthLetterOrDigit(char c) {
        return isFullWidthAscii(c) && Character.isLetterOrDigit(toHalfWidth(c));
    }

    /** The ASCII form of a full-width ASCII character, a plain space for U+3000; any other character unchanged. */
    public static char toHalfWidth(char c) {
        if (isFullWidthAscii(c)) {
            return (char) (c - FULL_WIDTH_OFFSET);
        }
        return c == IDEOGRAPHIC_SPACE ? ' ' : c;
    }

    /** {@code s} with every character passed through {@link #toHalfWidth}; always the same length as {@code s}. */
    public static String toHalfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(toHalfWidth(s.charAt(i)));
        }
        return b.toString();
    }
}
