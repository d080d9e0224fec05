package org.reportminer.corpus.text;

/**
 * Invisible characters that change how text is shown rather than what it says: the C0 and C1 controls (ESC among
 * them) and the bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C), which can make
 * a name read in another order than it is stored. The one home of these sets: the metadata cleaner strips them, the
 * terminal printer escapes them, archive entry names may not hold them.
 */
public final class Controls {
    private Controls() {
    }

    /** A C0 control, DEL or a C1 control (U+0000–U+001F, U+007F–U+009F). */
    public static boolean isControl(int c) {
        return Character.isISOControl(c);
    }

    /** A bidirectional formatting character: embeddings, overrides, isolates and the directional marks. */
    public static boolean isBidiFormat(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /**
     * Whether {@code c} must never reach a terminal raw inside a message: any control but the line break, carriage
     * return and tab that lay a message out, and any bidi formatting character.
     */
    public static boolean isUnsafeOnTerminal(int c) {
        return (isControl(c) && c != '\n' && c != '\t' && c != '\r') || isBidiFormat(c);
    }
}
