package org.reportminer.pipeline.structure;

import java.util.ArrayList;
import java.util.List;
import org.reportminer.corpus.text.Han;

/**
 * Splits text into its non-blank {@link Line}s, trimming ASCII and full-width whitespace. A whole notice that a
 * scrape merged into its first line (title, paragraphs and headings joined by single spaces) is split back at those
 * spaces, so its title and headings are lines again; the text itself is untouched, only the line spans change.
 * Stateless.
 */
public final class Lines {

    /** A first line at least this long may be a merged notice. */
    private static final int MERGED_MIN = 200;

    /** A merged notice has at most one joining space per this many characters (a PDF's spaced-out text has more). */
    private static final int MERGED_SPACING = 30;

    /** After these a space can join two paragraphs of a merged notice. */
    private static final String PARAGRAPH_END = "。：:；！？》”）";

    private Lines() {
    }

    /** The non-blank lines of {@code text}, in order. */
    public static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int s = i;
            int e = lineEnd;
            while (s < e && isBlank(text.charAt(s))) {
                s++;
            }
            while (e > s && isBlank(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                List<Integer> joins = lines.isEmpty() && e - s >= MERGED_MIN ? joins(text, s, e) : List.of();
                int from = s;
                for (int j : joins) {
                    int to = j;
                    while (to > from && isBlank(text.charAt(to - 1))) {
                        to--;
                    }
                    lines.add(new Line(lines.size(), from, to, text.substring(from, to)));
                    from = j;
                    while (from < e && isBlank(text.charAt(from))) {
                        from++;
                    }
                }
                lines.add(new Line(lines.size(), from, e, text.substring(from, e)));
            }
            i = lineEnd + 1;
        }
        return lines;
    }

    /**
     * Where the paragraphs of a merged notice start inside {@code [s, e)}: after each space that follows a Han
     * character or a paragraph end and precedes a Han character or an opening mark. None when spaces are dense.
     */
    private static List<Integer> joins(String text, int s, int e) {
        List<Integer> out = new ArrayList<>();
        for (int i = s + 1; i < e - 1; i++) {
            char c = text.charAt(i);
            if (!isBlank(c) || isBlank(text.charAt(i - 1))) {
                continue;
            }
            int next = i;
            while (next < e && isBlank(text.charAt(next))) {
                next++;
            }
            char before = text.charAt(i - 1);
            char after = next < e ? text.charAt(next) : ' ';
            boolean endsParagraph = Han.is(before) || PARAGRAPH_END.indexOf(before) >= 0;
            boolean startsParagraph = Han.is(after) || "《“（(".indexOf(after) >= 0;
            if (endsParagraph && startsParagraph) {
                out.add(next);
            }
        }
        return out.size() * MERGED_SPACING <= e - s ? out : List.of();
    }

    /** Whitespace including the ideographic space U+3000 and no-break space. */
    public static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
    }
}
