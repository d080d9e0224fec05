package org.reportminer.pipeline.text;

import java.util.LinkedHashSet;
import java.util.Set;
import org.reportminer.corpus.text.Han;
import org.reportminer.corpus.text.Numerals;
import org.reportminer.corpus.text.Punctuation;

/**
 * Text folding shared by the comparison classes: full-width to half-width, digits, masks and numeral years to one
 * placeholder {@code #}, and character bigrams of Han runs. Han means {@link Han#isWordCharacter}: {@code 〇} only
 * writes numbers. Folding is for comparison only; offsets always point into the original text.
 */
public final class CompareText {

    /** The placeholder every number or mask folds to. */
    public static final char PLACEHOLDER = '#';

    private CompareText() {
    }

    /** Full-width ASCII to half-width, ideographic space to space; same length as the input. */
    public static String foldWidth(String s) {
        return Punctuation.toHalfWidth(s);
    }

    /** Width-folded text with every number, mask and X name mask replaced by one {@code #}. */
    public static String foldNumbers(String s) {
        String w = foldWidth(s);
        // most sentences hold no number, mask or X: skip the regex passes for them (the year pattern needs 年)
        boolean numbers = false;
        boolean names = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            numbers |= c >= '0' && c <= '9' || c == '*' || c == '年';
            names |= c == 'X';
        }
        String t = numbers ? foldNumberRuns(w) : w;
        return names ? TextPatterns.NAME_MASK.matcher(t).replaceAll(String.valueOf(PLACEHOLDER)) : t;
    }

    /**
     * {@code TextPatterns.NUMBER_OR_MASK.matcher(w).replaceAll("#")} as a hand-written scan (same matches: a run of
     * digits and masks with an optional decimal part, or four numeral digits before 年): the regex was a tenth of
     * compare's CPU, since every sentence of every report is squeezed and most hold a digit or a 年.
     */
    static String foldNumberRuns(String w) {
        int n = w.length();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            int end = -1;
            if (isDigitOrMask(c)) {
                end = i + 1;
                while (end < n && isDigitOrMask(w.charAt(end))) {
                    end++;
                }
                if (end + 1 < n && (w.charAt(end) == '.' || w.charAt(end) == '．') && isAsciiDigit(w.charAt(end + 1))) {
                    end += 2;
                    while (end < n && isAsciiDigit(w.charAt(end))) {
                        end++;
                    }
                }
            } else if (i + 4 < n && w.charAt(i + 4) == '年' && isNumeral(c) && isNumeral(w.charAt(i + 1))
                    && isNumeral(w.charAt(i + 2)) && isNumeral(w.charAt(i + 3))) {
                end = i + 4;
            }
            if (end >= 0) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(w, copied, i).append(PLACEHOLDER);
                copied = end;
                i = end - 1;
            }
        }
        return out == null ? w : out.append(w, copied, n).toString();
    }

    private static boolean isDigitOrMask(char c) {
        return isAsciiDigit(c) || c == '*' || c == '＊';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumeral(char c) {
        return Numerals.DIGITS.indexOf(c) >= 0;
    }

    /**
     * The content characters of {@code s} after {@link #foldNumbers}: Han characters, letters and {@code #}; punctuation
     * and whitespace dropped, runs of {@code #} collapsed. Two sentences that differ only in dates, numbers or
     * punctuation squeeze to the same string.
     */
    public static String squeeze(String s) {
        String f = foldNumbers(s);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == PLACEHOLDER) {
                if (b.length() == 0 || b.charAt(b.length() - 1) != PLACEHOLDER) {
                    b.append(c);
                }
            } else if (Han.isWordCharacter(c) || Character.isLetter(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Character bigrams inside runs of Han characters (punctuation, placeholders and Latin break runs). */
    public static Set<String> hanBigrams(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (Han.isWordCharacter(a) && Han.isWordCharacter(b)) {
                out.add(s.substring(i, i + 2));
            }
        }
        return out;
    }
}
