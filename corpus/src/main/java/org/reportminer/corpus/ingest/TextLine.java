package org.reportminer.corpus.ingest;

import org.reportminer.corpus.text.Punctuation;

/** One line of the text being normalised: trimmed content {@code [start, end)}, the page it is on, and its fate. */
final class TextLine {

    final int start;
    final int end;
    final int newline;
    final String content;
    final int page;
    int layoutWidth;
    boolean dropped;
    boolean joinNext;

    TextLine(int start, int end, int newline, String content, int page) {
        this.start = start;
        this.end = end;
        this.newline = newline;
        this.content = content;
        this.page = page;
    }

    boolean blank() {
        return content.isEmpty();
    }

    /** Whether a line ends a sentence (or a colon's lead-in, or trails off): its last mark before any closers. */
    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i > 0 && Punctuation.isCloser(line.charAt(i))) {
            i--;
        }
        char c = line.charAt(i);
        return Punctuation.isSentenceEnd(c) || Punctuation.COLONS.indexOf(c) >= 0 || c == Punctuation.ELLIPSIS;
    }
}
