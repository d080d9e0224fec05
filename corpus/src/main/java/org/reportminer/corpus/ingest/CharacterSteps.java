package org.reportminer.corpus.ingest;

import java.util.regex.Matcher;
import org.reportminer.corpus.text.Layout;
import org.reportminer.corpus.text.Controls;
import org.reportminer.corpus.text.Punctuation;

/**
 * The character-level steps of {@link TextNormalizer}: each deletes characters or replaces one character by one,
 * so the offset map stays a step function.
 */
final class CharacterSteps {

    private CharacterSteps() {
    }

    /**
     * Step 1: CRLF and CR become LF, invisible characters and other controls are deleted, odd spaces become a
     * plain space, full-width digits and Latin letters fold to ASCII.
     */
    static MappedText foldCharacters(MappedText in) {
        MappedText.Builder out = in.builder();
        int n = in.length();
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && in.charAt(i + 1) == '\n') {
                    continue;
                }
                out.put('\n', i);
            } else if (c == '\n' || c == '\f') {
                out.keep(i);
            } else if (c == '\u000B' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.put('\n', i);
            } else if (isInvisible(c)) {
                continue;
            } else if (c == '\t' && isCellSeparator(in, i)) {
                out.keep(i); // a table row's cells (TableRowHandler, or a tab-separated text): keep the columns apart
            } else if (c == '\t' || c == '\u00A0' || c == Punctuation.IDEOGRAPHIC_SPACE
                    || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F') {
                out.put(' ', i);
            } else if (Controls.isControl(c)) {
                continue;
            } else if (Punctuation.isFullWidthLetterOrDigit(c)) {
                out.put(Punctuation.toHalfWidth(c), i);
            } else {
                out.keep(i);
            }
        }
        return out.build();
    }

    /** A tab with text before it and after it on its line separates two table cells. */
    private static boolean isCellSeparator(MappedText in, int at) {
        return hasTextOnLine(in, at, -1) && hasTextOnLine(in, at, 1);
    }

    private static boolean hasTextOnLine(MappedText in, int from, int step) {
        for (int i = from + step; i >= 0 && i < in.length(); i += step) {
            char c = in.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f') {
                return false;
            }
            if (!Character.isWhitespace(c) && c != Punctuation.IDEOGRAPHIC_SPACE && c != '\u00A0') {
                return true;
            }
        }
        return false;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Step 2: scraping markers such as {@code ##paidbegin##} are deleted, so the words around them join up. */
    static MappedText deleteMarkers(MappedText in) {
        Matcher m = IngestPatterns.SCRAPING_MARKER.matcher(in.text());
        if (!m.find()) {
            return in;
        }
        MappedText.Builder out = in.builder();
        int from = 0;
        do {
            out.keep(from, m.start());
            from = m.end();
        } while (m.find());
        out.keep(from, in.length());
        return out.build();
    }

    /** Step 5: spaces between Han characters, and between Han and digits/Latin/masks, are deleted. */
    static MappedText deleteSpacesAroundHan(MappedText in) {
        String s = in.text();
        if (s.indexOf(' ') < 0) {
            return in;
        }
        MappedText.Builder out = in.builder();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != ' ') {
                out.keep(i);
                i++;
                continue;
            }
            int j = i;
            while (j < n && s.charAt(j) == ' ') {
                j++;
            }
            boolean drop = i > 0 && j < n && spaceIsSpurious(s.charAt(i - 1), s.charAt(j));
            if (!drop) {
                out.keep(i, j);
            }
            i = j;
        }
        return out.build();
    }

    private static boolean spaceIsSpurious(char before, char after) {
        boolean cjkBefore = Layout.isSetSolid(before);
        boolean cjkAfter = Layout.isSetSolid(after);
        return (cjkBefore && (cjkAfter || isAsciiWordChar(after) || after == '*' || after == '%'))
                || (cjkAfter && (isAsciiWordChar(before) || before == '*' || before == '%'));
    }

    /** Whether {@code c} is an ASCII letter or digit: two of them across a joined line keep a space. */
    static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
