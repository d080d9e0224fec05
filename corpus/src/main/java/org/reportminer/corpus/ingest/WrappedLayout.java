package org.reportminer.corpus.ingest;

import java.util.ArrayList;
import java.util.List;

/** Finds a hard-wrapped layout (PDF text) and marks the lines of {@link TextNormalizer} that run on into the next. */
final class WrappedLayout {

    /** A line this short (in display columns) never counts towards the full width of a wrapped layout. */
    private static final int MIN_FULL_WIDTH = 30;
    /** Fraction of the layout's full width from which on a line counts as full. */
    private static final double FULL_FRACTION = 0.88;
    /**
     * Share of full lines from which a text counts as hard-wrapped. A notice of short numbered measures, each ending
     * on a short line, has about a third of its lines full; text written one paragraph per line has under an eighth.
     */
    private static final double WRAPPED_SHARE = 0.3;

    private WrappedLayout() {
    }

    /**
     * In a hard-wrapped layout, marks which lines run on into the next. A full line runs on unless the next line
     * starts a numbered heading or a label ({@code 整改情况：}); after a full line that ends a sentence, a next line
     * that opens with a run-in lead ({@code 深化认识、提高站位，}) or is itself a short unpunctuated heading starts a
     * new paragraph too, and such a line must reach within one Han character of the margin. A sentence end alone
     * does not end a paragraph: wraps fall after {@code 。} more often than paragraphs end at the margin.
     */
    static void markWrappedJoins(List<TextLine> lines) {
        List<TextLine> kept = new ArrayList<>();
        for (TextLine l : lines) {
            if (!l.dropped && !l.blank()) {
                kept.add(l);
            }
        }
        if (kept.size() < 8) {
            return;
        }
        int[] sorted = kept.stream().mapToInt(l -> l.layoutWidth).sorted().toArray();
        int p90 = sorted[(int) (sorted.length * 0.9)];
        if (p90 < MIN_FULL_WIDTH) {
            return;
        }
        int fullFrom = (int) Math.ceil(p90 * FULL_FRACTION);
        long full = kept.stream().filter(l -> l.layoutWidth >= fullFrom && l.layoutWidth <= p90 + 4).count();
        if (full < kept.size() * WRAPPED_SHARE) {
            return;
        }
        for (int i = 0; i + 1 < kept.size(); i++) {
            TextLine l = kept.get(i);
            TextLine next = kept.get(i + 1);
            boolean sentenceEnds = TextLine.endsSentence(l.content);
            // after a sentence end, only a line within one Han character of the margin was wrapped: had the next
            // character fitted, it would stand on this line
            int needed = sentenceEnds ? p90 - 2 : fullFrom;
            if (l.layoutWidth < needed || IngestPatterns.HEADING_START.matcher(next.content).lookingAt()
                    || IngestPatterns.LABEL_START.matcher(next.content).lookingAt()) {
                continue;
            }
            if (sentenceEnds && (IngestPatterns.RUN_IN_LEAD.matcher(next.content).lookingAt()
                    || (next.layoutWidth < fullFrom && !TextLine.endsSentence(next.content)))) {
                continue;
            }
            l.joinNext = true;
        }
    }
}
