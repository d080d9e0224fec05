package org.reportminer.index.analysis;

import java.text.BreakIterator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;
import org.apache.lucene.util.AttributeFactory;
import org.reportminer.corpus.text.Punctuation;
import org.reportminer.pipeline.segment.Segmenter;
import org.reportminer.pipeline.segment.Token;

/**
 * Tokenizes Chinese text into words with a {@link Segmenter}, one sentence at a time, in the manner of Lucene's
 * smartcn {@code HMMChineseTokenizer}.
 *
 * <p>The base class buffers the input and cuts it only at safe points (line ends and, here, Chinese sentence and
 * clause punctuation), so a word never spans two buffers unless a run of more than 1024 characters has no such point.
 * Each token's offsets are {@code offset + sentenceStart + token offset}, passed through {@link #correctOffset(int)}
 * so that char filters in front map them back to the original input. Tokens that contain no letter or digit
 * (punctuation, {@code *} masks) are not emitted, as {@code StandardTokenizer} drops them. The token type is the
 * segmenter's part-of-speech tag.
 *
 * <p>Not thread-safe (no Tokenizer is); the segmenter it wraps must be, as the {@link Segmenter} contract says.
 *
 * @since 0.1
 */
public final class SegmenterTokenizer extends SegmentingTokenizerBase {

    /** Token type used when the segmenter gives no part of speech. */
    public static final String WORD_TYPE = "word";

    private static final BreakIterator SENTENCE_PROTO = BreakIterator.getSentenceInstance(Locale.ROOT);

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final Segmenter segmenter;

    private Iterator<Token> tokens;
    private int sentenceOffset;

    /** A tokenizer over {@code segmenter} with the default attribute factory. */
    public SegmenterTokenizer(Segmenter segmenter) {
        this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, segmenter);
    }

    /** A tokenizer over {@code segmenter} creating attributes with {@code factory}. */
    public SegmenterTokenizer(AttributeFactory factory, Segmenter segmenter) {
        // Each stream needs its own BreakIterator; they are stateful.
        super(factory, (BreakIterator) SENTENCE_PROTO.clone());
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    }

    @Override
    protected void setNextSentence(int sentenceStart, int sentenceEnd) {
        String sentence = new String(buffer, sentenceStart, sentenceEnd - sentenceStart);
        List<Token> words = segmenter.segment(sentence);
        tokens = words.iterator();
        sentenceOffset = offset + sentenceStart;
    }

    @Override
    protected boolean incrementWord() {
        if (tokens == null) {
            return false;
        }
        while (tokens.hasNext()) {
            Token token = tokens.next();
            if (!hasLetterOrDigit(token.term())) {
                continue;
            }
            clearAttributes();
            termAtt.setEmpty().append(token.term());
            offsetAtt.setOffset(correctOffset(sentenceOffset + token.start()), correctOffset(sentenceOffset + token.end()));
            typeAtt.setType(token.pos() == null || token.pos().isEmpty() ? WORD_TYPE : token.pos());
            return true;
        }
        return false;
    }

    /** Besides line ends, Chinese full stops and clause marks are safe places to cut the buffer: no word spans them. */
    @Override
    protected boolean isSafeEnd(char ch) {
        // only the Chinese clause marks: an ASCII comma or colon may sit inside a number or a time (1,200, 9:30)
        return Punctuation.isSentenceEnd(ch) || Punctuation.CHINESE_CLAUSE_ENDS.indexOf(ch) >= 0 || ch == ' '
                || ch == '\t' || ch == Punctuation.IDEOGRAPHIC_SPACE || super.isSafeEnd(ch);
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        tokens = null;
        sentenceOffset = 0;
    }

    private static boolean hasLetterOrDigit(String term) {
        for (int i = 0; i < term.length(); ) {
            int cp = term.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
