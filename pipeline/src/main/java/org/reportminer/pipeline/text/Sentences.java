package org.reportminer.pipeline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.reportminer.corpus.model.Span;

/**
 * Splits report text into sentences (ends: 。！？； and line breaks, closing quotes kept with their sentence) and lines
 * into paragraphs, as spans into the text with surrounding whitespace trimmed. Empty pieces are dropped.
 */
public final class Sentences {

    private Sentences() {
    }

    /** Sentences of {@code text[from, to)}, in order. */
    public static List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        Matcher m = TextPatterns.SENTENCE_END.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            add(text, start, m.end(), out);
            start = m.end();
        }
        add(text, start, to, out);
        return out;
    }

    /** Sentences of the whole text. */
    public static List<Span> split(String text) {
        return split(text, 0, text.length());
    }

    /** Paragraphs (lines) of the whole text. */
    public static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                add(text, start, i, out);
                start = i + 1;
            }
        }
        return out;
    }

    private static void add(String text, int start, int end, List<Span> out) {
        int s = start;
        int e = end;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }
}
