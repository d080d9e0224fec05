package org.reportminer.pipeline.text;

import java.util.LinkedHashSet;
import java.util.Set;
import org.reportminer.corpus.text.Han;
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
        String t = numbers ? TextPatterns.NUMBER_OR_MASK.matcher(w).replaceAll(String.valueOf(PLACEHOLDER)) : w;
        return names ? TextPatterns.NAME_MASK.matcher(t).replaceAll(String.valueOf(PLACEHOLDER)) : t;
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
