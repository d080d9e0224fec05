package org.reportminer.corpus.ingest;

import org.reportminer.corpus.text.Han;
import org.reportminer.corpus.text.Punctuation;

/**
 * A step of {@link TextNormalizer}: a whole notice that a scrape merged into its first line (title, paragraphs and
 * headings joined by single spaces: {@code 《…报告》 披露问题企业整改情况通报 为了落实… 一、已完成整改企业情况 …}) is
 * split back into one paragraph per line. Each joining space becomes a line break (one character for one, so the
 * offset map holds). A space joins two paragraphs when it follows a Han character or a paragraph end and precedes a
 * Han character or an opening mark; a line whose spaces are dense (a PDF's spaced-out characters) is left alone, and
 * so is every line but the first. Stateless.
 */
final class MergedNotice {

    /** A first line at least this long may be a merged notice. */
    private static final int MIN_LENGTH = 200;

    /** A merged notice has at most one joining space per this many characters. */
    private static final int SPACING = 30;

    /** After these a space can join two paragraphs. */
    private static final String PARAGRAPH_END = Punctuation.SENTENCE_ENDS + Punctuation.COLONS + Punctuation.CLOSERS;

    /** Before these a space can join two paragraphs. */
    private static final String PARAGRAPH_START = Punctuation.OPENING_QUOTES + Punctuation.OPENING_BRACKETS;

    private MergedNotice() {
    }

    static MappedText split(MappedText in) {
        String s = in.text();
        int end = s.indexOf('\n');
        end = end < 0 ? s.length() : end;
        if (end < MIN_LENGTH) {
            return in;
        }
        boolean[] join = new boolean[end];
        int joins = 0;
        for (int i = 1; i < end - 1; i++) {
            if (s.charAt(i) != ' ' || s.charAt(i - 1) == ' ') {
                continue;
            }
            int next = i;
            while (next < end && s.charAt(next) == ' ') {
                next++;
            }
            char before = s.charAt(i - 1);
            char after = next < end ? s.charAt(next) : ' ';
            if ((Han.is(before) || PARAGRAPH_END.indexOf(before) >= 0)
                    && (Han.is(after) || PARAGRAPH_START.indexOf(after) >= 0)) {
                join[i] = true;
                joins++;
            }
        }
        if (joins == 0 || joins * SPACING > end) {
            return in;
        }
        MappedText.Builder out = in.builder();
        for (int i = 0; i < s.length(); i++) {
            if (i < end && join[i]) {
                out.put('\n', i);
                while (i + 1 < end && s.charAt(i + 1) == ' ') {
                    i++; // the rest of a run of spaces goes with the break
                }
            } else {
                out.keep(i);
            }
        }
        return out.build();
    }
}
