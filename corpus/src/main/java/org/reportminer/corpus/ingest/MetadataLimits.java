package org.reportminer.corpus.ingest;

import java.time.Year;
import java.time.ZoneOffset;
import org.reportminer.corpus.text.Controls;

/**
 * The limits on report metadata (organisation, kind, title, year) and the one place that applies them. Each value is
 * a single line: control characters (C0, DEL, C1) and ANSI escape sequences are removed, line breaks and tabs become
 * a space, runs of spaces collapse to one, and the ends are stripped.
 *
 * <ul>
 *   <li>Values the user gives ({@code --org/--kind/--year}, a sidecar {@code NAME.meta.json}) that break a limit
 *       are rejected ({@link #require}, {@link #requireYear}): a usage error on the command line, a failed file for
 *       a sidecar. A wrong value would otherwise be stored silently and split the organisation or kind facets.</li>
 *   <li>Values the program derives (the extracted title, organisation and kind, a file name) are cut to fit
 *       ({@link #fit}): there is nobody to ask.</li>
 * </ul>
 * The index bounds every keyword term on its own as well, so a value that bypasses these checks cannot break
 * indexing either.
 */
public final class MetadataLimits {

    /** The longest organisation name, in characters (code points). */
    public static final int MAX_ORG_CHARS = 100;
    /** The longest report kind, in characters (code points). */
    public static final int MAX_KIND_CHARS = 100;
    /** The longest title, in characters (code points). */
    public static final int MAX_TITLE_CHARS = 300;
    /** The earliest report year accepted. */
    public static final int MIN_YEAR = 1949;

    private MetadataLimits() {
    }

    /** The latest report year accepted: next year (a report may be dated ahead, never further). */
    public static int maxYear() {
        return Year.now(ZoneOffset.UTC).getValue() + 1;
    }

    /**
     * {@code value} as one clean line, or {@code null} when it is {@code null} or nothing is left. Removes ANSI
     * escape sequences ({@code ESC [ … m}) whole, so no terminal colour or cursor code survives as text.
     */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(value.length(), 1 << 16));
        boolean space = false;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '\u001B') {
                i = skipEscape(value, i);
                continue;
            }
            // Line breaks and tabs become a space (a value is one line); other spaces such as U+3000 stay as they are.
            boolean blank = c == ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (Character.isISOControl(c) && Character.isWhitespace(c));
            if (blank) {
                space = sb.length() > 0;
            } else if (!Controls.isControl(c) && !Controls.isBidiFormat(c)) {
                // a bidi override would make a stored name read in another order than it sorts and searches
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        String line = sb.toString().strip();
        return line.isEmpty() ? null : line;
    }

    /**
     * {@code value} {@link #clean cleaned}, checked against {@code maxChars}.
     *
     * @param name how the user wrote the field, for the message ({@code --org}, {@code org})
     * @throws IllegalArgumentException naming the field, its length and the limit; the value is not quoted, as it
     *                                  may be 40,000 characters long
     */
    public static String require(String name, String value, int maxChars) {
        String v = clean(value);
        if (v != null) {
            int chars = v.codePointCount(0, v.length());
            if (chars > maxChars) {
                throw new IllegalArgumentException(name + " has " + chars + " characters; at most " + maxChars
                        + " are allowed");
            }
        }
        return v;
    }

    /**
     * {@code year} checked against {@value #MIN_YEAR}..{@link #maxYear()}; {@code null} stays {@code null}.
     *
     * @param name how the user wrote the field ({@code --year}, {@code year})
     * @throws IllegalArgumentException naming the field, the value and the range
     */
    public static Integer requireYear(String name, Integer year) {
        if (year != null && (year < MIN_YEAR || year > maxYear())) {
            throw new IllegalArgumentException(name + " " + year + " is not a plausible report year (" + MIN_YEAR
                    + "-" + maxYear() + ")");
        }
        return year;
    }

    /** {@code value} {@link #clean cleaned} and cut to {@code maxChars} characters, never inside a surrogate pair. */
    public static String fit(String value, int maxChars) {
        String v = clean(value);
        if (v == null || v.length() <= maxChars) {
            return v;
        }
        if (v.codePointCount(0, v.length()) <= maxChars) {
            return v;
        }
        return v.substring(0, v.offsetByCodePoints(0, maxChars)).strip();
    }

    /**
     * Where an escape sequence starting at {@code esc} ends (the index of its last char): a CSI sequence
     * ({@code ESC [} parameters, then a final byte {@code @}..{@code ~}), an OSC sequence ({@code ESC ]} up to BEL
     * or {@code ESC \}), or else just the ESC and the one char after it.
     */
    private static int skipEscape(String s, int esc) {
        int n = s.length();
        if (esc + 1 >= n) {
            return esc;
        }
        char kind = s.charAt(esc + 1);
        if (kind == '[') {
            for (int i = esc + 2; i < n; i++) {
                char c = s.charAt(i);
                if (c >= '@' && c <= '~') {
                    return i;
                }
                if (c < ' ' || c > '?') {
                    // Not a well-formed parameter or intermediate byte: drop only the introducer.
                    return esc + 1;
                }
            }
            return n - 1;
        }
        if (kind == ']') {
            for (int i = esc + 2; i < n; i++) {
                char c = s.charAt(i);
                if (c == '\u0007') {
                    return i;
                }
                if (c == '\u001B' && i + 1 < n && s.charAt(i + 1) == '\\') {
                    return i + 1;
                }
            }
            return n - 1;
        }
        // A two-char sequence (ESC c, ESC 7 …) goes whole; before anything else only the ESC goes.
        return kind >= ' ' && kind <= '~' ? esc + 1 : esc;
    }
}
