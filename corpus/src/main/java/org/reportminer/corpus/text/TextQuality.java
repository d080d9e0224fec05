package org.reportminer.corpus.text;

import java.util.BitSet;

/**
 * How much extracted text reads like a Chinese report: the share of its non-blank characters that are common Han
 * characters (the 3,000 most used in government reports, bundled as {@code common-han.txt}), ASCII, or CJK and
 * full-width punctuation. A good text layer scores above 0.95; a PDF font without a ToUnicode map gives runs of
 * rare ideographs, private-use code points, controls or U+FFFD and scores far lower.
 *
 * <p>Stateless and thread-safe; the list loads once, lazily.
 */
public final class TextQuality {

    /** Below this score a text layer is taken as garbled. */
    public static final double GARBLED_BELOW = 0.8;
    /** Texts with fewer non-blank characters than this are too short to judge and count as good. */
    public static final int MIN_CHARS_TO_JUDGE = 50;

    private TextQuality() {
    }

    /** The score, 0 to 1; 1 for a text without non-blank characters. */
    public static double score(CharSequence text) {
        long total = 0;
        long good = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == '\f' || cp == 0x3000) {
                continue;
            }
            total++;
            if (isReadable(cp)) {
                good++;
            }
        }
        return total == 0 ? 1.0 : (double) good / total;
    }

    /** Whether text long enough to judge scores below {@link #GARBLED_BELOW}. */
    public static boolean isGarbled(CharSequence text) {
        long nonBlank = text.codePoints().filter(cp -> !Character.isWhitespace(cp)).limit(MIN_CHARS_TO_JUDGE).count();
        return nonBlank >= MIN_CHARS_TO_JUDGE && score(text) < GARBLED_BELOW;
    }

    /** Whether {@code cp} is one of the common Han characters of reports. */
    public static boolean isCommonHan(int cp) {
        return cp >= 0 && Common.SET.get(cp);
    }

    private static boolean isReadable(int cp) {
        return isCommonHan(cp) || (cp >= 0x21 && cp < 0x7F) || (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF01 && cp <= 0xFF5E) || (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2460 && cp <= 0x24FF)
                || cp == 0x3007 || cp == 0xB7 || cp == 0xD7;
    }

    /** The bundled list, loaded on first use. */
    private static final class Common {
        static final BitSet SET = load();

        private static BitSet load() {
            BitSet set = new BitSet(0xA000);
            for (ResourceLines.Line line : ResourceLines.bundled(TextQuality.class, "common-han.txt").lines()) {
                line.text().codePoints().filter(Han::is).forEach(set::set);
            }
            return set;
        }
    }
}
