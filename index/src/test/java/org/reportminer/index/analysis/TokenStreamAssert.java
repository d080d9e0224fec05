package org.reportminer.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A JUnit 5 port of the core of Lucene's {@code BaseTokenStreamTestCase}: checks terms, offsets, types, position
 * increments and lengths token by token, and along the way that {@code clearAttributes()} was called, that offsets
 * never go backwards, that the first position increment is at least 1, and that {@code end()} reports the final
 * offset. {@link #assertAnalyzesTo} runs the analyzer twice (from a String and from a Reader) to prove reuse.
 */
public final class TokenStreamAssert {

    /** One token as observed, for invariant checks over long inputs. */
    public record Observed(String term, int start, int end, int posInc, String type) {
    }

    private TokenStreamAssert() {
    }

    /** Asserts the complete token stream; {@code null} arrays are not checked. */
    public static void assertTokenStreamContents(TokenStream ts, String[] terms, int[] starts, int[] ends, String[] types,
                                                 int[] posIncs, int[] posLengths, Integer finalOffset) throws IOException {
        CheckClearAttributesAttribute checkClear = ts.addAttribute(CheckClearAttributesAttribute.class);
        CharTermAttribute termAtt = ts.getAttribute(CharTermAttribute.class);
        OffsetAttribute offsetAtt = ts.hasAttribute(OffsetAttribute.class) ? ts.getAttribute(OffsetAttribute.class) : null;
        TypeAttribute typeAtt = ts.hasAttribute(TypeAttribute.class) ? ts.getAttribute(TypeAttribute.class) : null;
        PositionIncrementAttribute posIncAtt = ts.hasAttribute(PositionIncrementAttribute.class)
                ? ts.getAttribute(PositionIncrementAttribute.class) : null;
        PositionLengthAttribute posLenAtt = ts.hasAttribute(PositionLengthAttribute.class)
                ? ts.getAttribute(PositionLengthAttribute.class) : null;
        assertTrue(termAtt != null, "has no CharTermAttribute");

        ts.reset();
        int lastStart = 0;
        int pos = -1;
        for (int i = 0; i < terms.length; i++) {
            setBogus(ts, termAtt, offsetAtt, typeAtt, posIncAtt, posLenAtt);
            checkClear.getAndResetClearCalled();
            assertTrue(ts.incrementToken(), "token " + i + " (" + terms[i] + ") does not exist");
            assertTrue(checkClear.getAndResetClearCalled(), "clearAttributes() was not called correctly in the chain at token " + i);
            assertEquals(terms[i], termAtt.toString(), "term " + i);
            if (offsetAtt != null) {
                int start = offsetAtt.startOffset();
                int end = offsetAtt.endOffset();
                if (starts != null) {
                    assertEquals(starts[i], start, "startOffset " + i + " (" + terms[i] + ")");
                }
                if (ends != null) {
                    assertEquals(ends[i], end, "endOffset " + i + " (" + terms[i] + ")");
                }
                assertTrue(start >= 0, "startOffset must be >= 0 at token " + i);
                assertTrue(end >= start, "endOffset must be >= startOffset at token " + i);
                assertTrue(start >= lastStart, "offsets must not go backwards at token " + i + ": startOffset=" + start
                        + " is < lastStartOffset=" + lastStart + " term=" + termAtt);
                lastStart = start;
                if (finalOffset != null) {
                    assertTrue(end <= finalOffset, "endOffset " + end + " beyond final offset " + finalOffset);
                }
            }
            if (types != null) {
                assertEquals(types[i], typeAtt.type(), "type " + i);
            }
            if (posIncAtt != null) {
                int inc = posIncAtt.getPositionIncrement();
                if (posIncs != null) {
                    assertEquals(posIncs[i], inc, "posIncrement " + i + " (" + terms[i] + ")");
                }
                if (i == 0) {
                    assertTrue(inc >= 1, "first position increment must be >= 1");
                } else {
                    assertTrue(inc >= 0, "position increment must be >= 0");
                }
                pos += inc;
            }
            if (posLengths != null) {
                assertEquals(posLengths[i], posLenAtt.getPositionLength(), "posLength " + i);
            }
        }
        setBogus(ts, termAtt, offsetAtt, typeAtt, posIncAtt, posLenAtt);
        if (ts.incrementToken()) {
            fail("TokenStream has more tokens than expected (expected count=" + terms.length + "); extra token=" + termAtt);
        }
        ts.end();
        if (finalOffset != null && offsetAtt != null) {
            assertEquals(finalOffset.intValue(), offsetAtt.endOffset(), "finalOffset");
            assertEquals(finalOffset.intValue(), offsetAtt.startOffset(), "finalOffset (start)");
        }
        ts.close();
    }

    /**
     * Analyzes {@code input} twice with the same analyzer, once from a String and once from a Reader, asserting
     * the same expected tokens and that the final offset is {@code input.length()} both times.
     */
    public static void assertAnalyzesTo(Analyzer a, String input, String[] terms, int[] starts, int[] ends,
                                        int[] posIncs) throws IOException {
        assertTokenStreamContents(a.tokenStream("f", input), terms, starts, ends, null, posIncs, null, input.length());
        assertTokenStreamContents(a.tokenStream("f", new StringReader(input)), terms, starts, ends, null, posIncs, null,
                input.length());
    }

    /** The terms {@code a} produces for {@code input}. */
    public static List<String> terms(Analyzer a, String input) throws IOException {
        List<String> out = new ArrayList<>();
        for (Observed o : observe(a, input)) {
            out.add(o.term());
        }
        return out;
    }

    /** Every token of {@code input}, after checking the stream contract (clear, offsets, final offset). */
    public static List<Observed> observe(Analyzer a, String input) throws IOException {
        List<Observed> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", input)) {
            CheckClearAttributesAttribute checkClear = ts.addAttribute(CheckClearAttributesAttribute.class);
            CharTermAttribute termAtt = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsetAtt = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posIncAtt = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute typeAtt = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int lastStart = 0;
            checkClear.getAndResetClearCalled();
            while (ts.incrementToken()) {
                assertTrue(checkClear.getAndResetClearCalled(), "clearAttributes() not called at token " + out.size());
                int start = offsetAtt.startOffset();
                int end = offsetAtt.endOffset();
                assertTrue(start >= lastStart && end >= start && end <= input.length(),
                        "bad offsets " + start + "-" + end + " after " + lastStart + " for " + termAtt);
                if (out.isEmpty()) {
                    assertTrue(posIncAtt.getPositionIncrement() >= 1, "first position increment must be >= 1");
                }
                lastStart = start;
                out.add(new Observed(termAtt.toString(), start, end, posIncAtt.getPositionIncrement(), typeAtt.type()));
            }
            ts.end();
            assertEquals(input.length(), offsetAtt.endOffset(), "finalOffset");
        }
        assertFalse(out.stream().anyMatch(o -> o.term().isEmpty()), "empty term emitted");
        return out;
    }

    private static void setBogus(TokenStream ts, CharTermAttribute termAtt, OffsetAttribute offsetAtt, TypeAttribute typeAtt,
                                 PositionIncrementAttribute posIncAtt, PositionLengthAttribute posLenAtt) {
        // Like Lucene's harness: garbage in every attribute, so a chain that forgets to clear or set one is caught.
        ts.clearAttributes();
        termAtt.setEmpty().append("bogusTerm");
        if (offsetAtt != null) {
            offsetAtt.setOffset(14584724, 24683243);
        }
        if (typeAtt != null) {
            typeAtt.setType("bogusType");
        }
        if (posIncAtt != null) {
            posIncAtt.setPositionIncrement(45987657);
        }
        if (posLenAtt != null) {
            posLenAtt.setPositionLength(45987653);
        }
    }
}
