package org.reportminer.index.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.reportminer.pipeline.segment.Segmenter;
import org.reportminer.pipeline.segment.Token;

/**
 * One text run through {@link SegmenterTokenizer} once, whose words can then be handed out for any span of it, so
 * that a report and all its sections, findings, measures and counts (spans of the same text that overlap) cost one
 * segmentation instead of one per document.
 *
 * <p>{@link #words(int, int)} gives the words of {@code text[start, end)} with offsets relative to {@code start}.
 * Words wholly inside the span are the ones found in the full text (so a span's words are its words in context,
 * exactly those the report document holds there). A word the span cuts through is not emitted cut: the part of the
 * text it covers inside the span is segmented again on its own, so the span's terms are always its own characters.
 *
 * <p>Immutable and thread-safe; each call to {@link #words} returns a new single-use stream.
 *
 * @since 0.2
 */
public final class SegmentedText {

    private final String text;
    private final Segmenter segmenter;
    private final String[] terms;
    private final String[] types;
    private final int[] starts;
    private final int[] ends;

    private SegmentedText(String text, Segmenter segmenter, List<Token> tokens) {
        this.text = text;
        this.segmenter = segmenter;
        int n = tokens.size();
        terms = new String[n];
        types = new String[n];
        starts = new int[n];
        ends = new int[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            terms[i] = t.term();
            types[i] = t.pos();
            starts[i] = t.start();
            ends[i] = t.end();
        }
    }

    /** Segments {@code text} once with {@link SegmenterTokenizer} over {@code segmenter}. */
    public static SegmentedText of(String text, Segmenter segmenter) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(segmenter, "segmenter");
        return new SegmentedText(text, segmenter, tokenize(text, 0, text.length(), segmenter));
    }

    /** The whole text. */
    public String text() {
        return text;
    }

    /** Number of words of the whole text. */
    public int size() {
        return terms.length;
    }

    /**
     * The words of {@code text[start, end)} as {@link Token}s (type in {@link Token#pos()}) with offsets relative to
     * {@code start}, in order; the tokens {@link #words(int, int)} emits.
     *
     * @throws IndexOutOfBoundsException when the span does not lie in the text
     */
    public List<Token> tokens(int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        List<Token> out = new ArrayList<>();
        if (start == end) {
            return out;
        }
        // First word ending after start, and first word starting at or after end.
        int first = firstEndingAfter(start);
        int last = firstStartingAtOrAfter(end);
        int innerFrom = first;
        int innerTo = last;
        int headEnd = start;
        int tailStart = end;
        if (first < terms.length && starts[first] < start) {
            // A word straddles start: its part inside the span is segmented again.
            headEnd = Math.min(ends[first], end);
            innerFrom = first + 1;
        }
        if (innerTo > innerFrom && ends[innerTo - 1] > end) {
            // A word straddles end.
            tailStart = starts[innerTo - 1];
            innerTo--;
        }
        if (headEnd > start) {
            addRelative(out, tokenize(text, start, headEnd, segmenter), start);
        }
        for (int i = innerFrom; i < innerTo; i++) {
            out.add(new Token(terms[i], starts[i] - start, ends[i] - start, types[i]));
        }
        if (tailStart < end && tailStart >= headEnd) {
            addRelative(out, tokenize(text, tailStart, end, segmenter), start);
        }
        return out;
    }

    /**
     * A single-use, unfiltered stream of the words of {@code text[start, end)}, offsets relative to {@code start},
     * ending at offset {@code end - start}. Put the analyzer's filters in front with
     * {@link ReportAnalyzer#filter(TokenStream)}.
     */
    public TokenStream words(int start, int end) {
        return new TokenListStream(tokens(start, end), end - start);
    }

    /** Tokens of {@code text[from, to)} with offsets into {@code text}. */
    private static List<Token> tokenize(String text, int from, int to, Segmenter segmenter) {
        List<Token> out = new ArrayList<>();
        try (SegmenterTokenizer tokenizer = new SegmenterTokenizer(segmenter)) {
            CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
            TypeAttribute type = tokenizer.getAttribute(TypeAttribute.class);
            tokenizer.setReader(new StringReader(from == 0 && to == text.length() ? text : text.substring(from, to)));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                out.add(new Token(term.toString(), from + offset.startOffset(), from + offset.endOffset(), type.type()));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("segmenting a string failed", e);
        }
        return out;
    }

    private static void addRelative(List<Token> out, List<Token> absolute, int start) {
        for (Token t : absolute) {
            out.add(new Token(t.term(), t.start() - start, t.end() - start, t.pos()));
        }
    }

    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return "SegmentedText[" + terms.length + " words: " + Arrays.toString(Arrays.copyOf(terms, Math.min(8, terms.length))) + "]";
    }

    /** Emits a fixed list of tokens, as a tokenizer would: one position each, then the final offset. */
    private static final class TokenListStream extends TokenStream {
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
        private final List<Token> tokens;
        private final int finalOffset;
        private int next;

        TokenListStream(List<Token> tokens, int finalOffset) {
            this.tokens = tokens;
            this.finalOffset = finalOffset;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.size()) {
                return false;
            }
            Token t = tokens.get(next++);
            clearAttributes();
            termAtt.setEmpty().append(t.term());
            offsetAtt.setOffset(t.start(), t.end());
            typeAtt.setType(t.pos());
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offsetAtt.setOffset(finalOffset, finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
