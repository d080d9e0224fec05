package org.reportminer.cli.output;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.reportminer.corpus.text.Controls;

/**
 * The one home for making untrusted text safe to print on a terminal. File names, sidecar metadata and report
 * titles come from users and from the files themselves; an ESC or a C1 control in them would otherwise reach the
 * terminal raw (recolouring it, retitling the window, moving the cursor), and a bidi override could reorder what
 * the user reads. Such characters are shown as visible escapes ({@code \x1b}, {@code \u202e}) instead.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /**
     * {@code s} with every control, line break and bidi formatting character escaped, for values printed on one line
     * (a file name, a title). Example: {@code "a\u001b[2Jb"} → {@code "a\x1b[2Jb"}.
     */
    public static String escape(String s) {
        return escape(s, false);
    }

    /** Like {@link #escape(String)}, but keeps line breaks and tabs: for whole messages that span lines. */
    public static String escapeKeepingLines(String s) {
        return escape(s, true);
    }

    /** Whether {@code c} would be escaped by {@link #escapeKeepingLines(String)}. */
    static boolean unsafe(char c) {
        return Controls.isUnsafeOnTerminal(c);
    }

    private static String escape(String s, boolean keepLines) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = unsafe(c) || (!keepLines && (c == '\n' || c == '\r' || c == '\t'));
            if (bad && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (sb != null) {
                if (bad) {
                    appendEscape(sb, c);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static void appendEscape(StringBuilder sb, char c) {
        switch (c) {
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> sb.append(c <= 0xFF ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
        }
    }

    /**
     * A writer for diagnostics (stderr) that escapes controls as {@link #escapeKeepingLines(String)} does.
     * Wrapping is idempotent.
     */
    public static PrintWriter escaping(PrintWriter target) {
        if (target instanceof EscapingPrintWriter) {
            return target;
        }
        return new EscapingPrintWriter(target);
    }

    private static final class EscapingPrintWriter extends PrintWriter {
        EscapingPrintWriter(PrintWriter target) {
            super(new EscapingWriter(target), true);
        }
    }

    private static final class EscapingWriter extends FilterWriter {
        EscapingWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (unsafe((char) c)) {
                out.write(escape(String.valueOf((char) c), true));
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            out.write(escape(new String(cbuf, off, len), true));
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            out.write(escape(str.substring(off, off + len), true));
        }
    }
}
