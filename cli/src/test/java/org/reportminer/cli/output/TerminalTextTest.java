package org.reportminer.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void escapeShowsC0C1AndBidiControlsAsVisibleEscapes() {
        assertEquals("a\\x1b[2Jb\\x07\\x9b\\u202e\\n", TerminalText.escape("a\u001b[2Jb\u0007\u009b\u202e\n"));
    }

    @Test
    void plainChineseAndAsciiComeBackAsTheSameString() {
        String s = "青禾市文化和旅游局 2021-巡察整改.txt";
        assertSame(s, TerminalText.escape(s));
    }

    @Test
    void escapingWriterKeepsLineBreaksAndTabsButNotEsc() {
        StringWriter sink = new StringWriter();
        PrintWriter w = TerminalText.escaping(new PrintWriter(sink));
        w.println("one\ttwo\u001b[31m");
        w.print("three");
        w.flush();
        assertEquals("one\ttwo\\x1b[31m" + System.lineSeparator() + "three", sink.toString());
        assertSame(w, TerminalText.escaping(w), "wrapping twice is a no-op");
    }
}
