package org.reportminer.corpus.text;

/**
 * How Chinese text takes up space: which characters are wide (two columns) on a terminal or a printed page, and
 * which are set solid, with no space beside them. The one home of these ranges.
 */
public final class Layout {

    /** Ambiguous-width punctuation that Chinese fonts set full width on the page, though terminals show it narrow. */
    private static final String TYPESET_WIDE = "“”‘’…—";

    private Layout() {
    }

    /**
     * Whether {@code cp} is East Asian wide or full-width and takes two terminal columns: Hangul Jamo, the CJK blocks
     * from radicals to Yi (U+2E80–U+A4CF, Han included), Hangul syllables, compatibility ideographs, vertical and
     * full-width forms, and the ideographic planes U+20000–U+3FFFD.
     */
    public static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Terminal columns of {@code s}, by code point: {@link #isWide} characters count two, others one. */
    public static int columns(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * Columns of {@code s} on a Chinese printed page, as a PDF lays a line out: wide characters and the curly quotes,
     * ellipsis and dash count two, others one. Counted by UTF-16 unit, so a supplementary ideograph counts two.
     */
    public static int typesetColumns(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += isWide(c) || TYPESET_WIDE.indexOf(c) >= 0 ? 2 : 1;
        }
        return w;
    }

    /**
     * Whether Chinese typesetting sets {@code c} solid, so that a space next to it is an extraction artefact: the CJK
     * blocks U+2E80–U+9FFF (radicals, symbols and punctuation, kana, Extension A, unified ideographs), compatibility
     * ideographs, vertical, small and full-/half-width forms, the curly quotes, ellipsis and dash, and any surrogate
     * (supplementary ideographs). Hangul is not: Korean separates its words with spaces.
     */
    public static boolean isSetSolid(char c) {
        return (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F')
                || (c >= '\uFF00' && c <= '\uFFEF') || TYPESET_WIDE.indexOf(c) >= 0 || Character.isSurrogate(c);
    }
}
