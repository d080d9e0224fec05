package org.reportminer.pipeline.structure;

import java.util.ArrayList;
import java.util.List;

/** Splits text into its non-blank {@link Line}s, trimming ASCII and full-width whitespace. Stateless. */
public final class Lines {

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
                lines.add(new Line(lines.size(), s, e, text.substring(s, e)));
            }
            i = lineEnd + 1;
        }
        return lines;
    }

    /** Whitespace including the ideographic space U+3000 and no-break space. */
    public static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
    }
}
