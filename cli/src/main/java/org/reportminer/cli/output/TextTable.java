package org.reportminer.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.reportminer.corpus.text.Layout;

/**
 * A plain-text table for terminals. Columns are aligned by display width, where Han characters and full-width
 * punctuation take two cells, so Chinese columns line up. Cells longer than a column's limit are cut with "…".
 * Control characters in cells (from file names or metadata) are shown escaped, never sent to the terminal.
 */
public final class TextTable {
    private final List<String> headers;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param headers   column headers
     * @param maxWidths per-column display-width limit (0 = unlimited)
     */
    public TextTable(List<String> headers, int... maxWidths) {
        if (maxWidths.length != 0 && maxWidths.length != headers.size()) {
            throw new IllegalArgumentException("need one width per column: " + headers.size() + " columns, "
                    + maxWidths.length + " widths");
        }
        this.headers = List.copyOf(headers);
        this.maxWidths = maxWidths.length == 0 ? new int[headers.size()] : maxWidths.clone();
    }

    public TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size());
        }
        List<String> r = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            String s = cells[i] == null ? "-" : TerminalText.escape(cells[i].toString().replace('\n', ' '));
            r.add(maxWidths[i] > 0 ? cut(s, maxWidths[i]) : s);
        }
        rows.add(r);
        return this;
    }

    public void print(PrintWriter out) {
        int[] w = new int[headers.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = width(headers.get(i));
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], width(r.get(i)));
            }
        }
        line(out, headers, w);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        }
        out.println(rule);
        for (List<String> r : rows) {
            line(out, r, w);
        }
    }

    private static void line(PrintWriter out, List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            sb.append(i == 0 ? "" : "  ").append(c);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(w[i] - width(c)));
            }
        }
        out.println(sb.toString().stripTrailing());
    }

    /** Display width in terminal cells: East Asian wide characters count two. */
    public static int width(String s) {
        return Layout.columns(s);
    }

    /** {@code s} cut to {@code max} display cells, ending in "…" when cut. */
    public static String cut(String s, int max) {
        if (width(s) <= max) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = Layout.isWide(cp) ? 2 : 1;
            if (w + cw > max - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }
}
