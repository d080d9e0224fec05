package org.reportminer.corpus.text;

/**
 * Which code points are Han (Chinese) characters: the one definition every module uses, as a predicate and as a
 * regex class that agree exactly.
 *
 * <p>Rule: a code point is Han when the JDK's Unicode tables give it script {@link Character.UnicodeScript#HAN}, or
 * when it lies in a block Unicode reserves for CJK ideographs (Extension A U+3400–U+4DBF, the Unified Ideographs
 * U+4E00–U+9FFF, the Compatibility Ideographs U+F900–U+FAFF, and the Supplementary and Tertiary Ideographic Planes
 * U+20000–U+2FFFD and U+30000–U+3FFFD, which hold Extensions B–I and the compatibility supplement). The script covers
 * the radicals, {@code 々} and {@code 〇}; the blocks cover ideographs newer than the running JDK's tables (JDK 17 knows
 * Unicode 13, so U+9FFD–U+9FFF and Extension H would otherwise be missed). Everything in Extensions A–G counts, unlike
 * the old class of U+4E00–U+9FA5, which missed
 * U+9FA6–U+9FFF and Extension A.
 *
 * <p>{@code 〇} (U+3007) is script Han, and counts here. It is only ever written as a digit ({@code 二〇二三年}); a caller
 * that wants the characters of words, not of numbers, uses {@link #isWordCharacter}.
 */
public final class Han {

    /**
     * A regex character class matching exactly the code points {@link #is} accepts. It can stand alone
     * ({@code CLASS + "{2,8}"}) or be nested in another class ({@code "[" + CLASS + "#]"}).
     */
    public static final String CLASS = "[\\p{IsHan}\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}"
            + "\\x{20000}-\\x{2FFFD}\\x{30000}-\\x{3FFFD}]";

    private static final int UNIFIED_FIRST = 0x4E00;
    private static final int UNIFIED_LAST = 0x9FFF;
    private static final int EXTENSION_A_FIRST = 0x3400;
    private static final int EXTENSION_A_LAST = 0x4DBF;
    private static final int COMPATIBILITY_FIRST = 0xF900;
    private static final int COMPATIBILITY_LAST = 0xFAFF;
    private static final int SUPPLEMENTARY_FIRST = 0x20000;
    private static final int SUPPLEMENTARY_LAST = 0x2FFFD;
    private static final int TERTIARY_FIRST = 0x30000;
    private static final int TERTIARY_LAST = 0x3FFFD;
    /** Below this no code point has script Han (the first Han block is the CJK Radicals Supplement). */
    private static final int FIRST_HAN_SCRIPT = 0x2E80;

    private Han() {
    }

    /** Whether {@code cp} is a Han character (see the class comment for the rule). */
    public static boolean is(int cp) {
        if (cp >= UNIFIED_FIRST && cp <= UNIFIED_LAST) {
            return true; // nearly every character of a report, decided without a script lookup
        }
        if (cp < FIRST_HAN_SCRIPT) {
            return false;
        }
        return (cp >= EXTENSION_A_FIRST && cp <= EXTENSION_A_LAST)
                || (cp >= COMPATIBILITY_FIRST && cp <= COMPATIBILITY_LAST)
                || (cp >= SUPPLEMENTARY_FIRST && cp <= SUPPLEMENTARY_LAST)
                || (cp >= TERTIARY_FIRST && cp <= TERTIARY_LAST)
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether {@code cp} is a Han character that is written in words: {@link #is} without {@link Numerals#CIRCLE_ZERO},
     * which only appears in numbers. Comparison uses it so that {@code 二〇二一} folds as a number, not as text.
     */
    public static boolean isWordCharacter(int cp) {
        return cp != Numerals.CIRCLE_ZERO && is(cp);
    }

    /** Whether every code point of {@code s} is Han; false for an empty string. */
    public static boolean isAllHan(CharSequence s) {
        return !s.isEmpty() && s.codePoints().allMatch(Han::is);
    }

    /**
     * Whether {@code cp} lies in the CJK Unified Ideographs block U+4E00–U+9FFF, where nearly every character of a
     * modern report lies. Charset detection scores decodings by it: a wrong decoding rarely lands there.
     */
    public static boolean isUnifiedBlock(int cp) {
        return cp >= UNIFIED_FIRST && cp <= UNIFIED_LAST;
    }

    /**
     * Whether {@code cp} lies in CJK Extension A, U+3400–U+4DBF: rare characters that real reports use one at a time,
     * while a wrong decoding of GBK bytes produces runs of them.
     */
    public static boolean isExtensionA(int cp) {
        return cp >= EXTENSION_A_FIRST && cp <= EXTENSION_A_LAST;
    }
}
