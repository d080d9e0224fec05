package org.reportminer.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportminer.index.analysis.TokenStreamAssert.assertAnalyzesTo;
import static org.reportminer.index.analysis.TokenStreamAssert.assertTokenStreamContents;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.junit.jupiter.api.Test;
import org.reportminer.pipeline.segment.Token;

class SegmenterTokenizerTest {

    private final MaxMatchSegmenter segmenter = MaxMatchSegmenter.reportWords();
    private final Analyzer bare = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new SegmenterTokenizer(segmenter));
        }
    };

    @Test
    void plainChineseGetsWordOffsetsAndConsecutivePositions() throws IOException {
        assertAnalyzesTo(bare, "巡察整改落实不到位",
                new String[] {"巡察", "整改", "落实", "不到位"},
                new int[] {0, 2, 4, 6}, new int[] {2, 4, 6, 9}, new int[] {1, 1, 1, 1});
    }

    @Test
    void punctuationIsDroppedButSentencesKeepTheirOffsets() throws IOException {
        assertAnalyzesTo(bare, "整改落实。问题台账！\n巡察",
                new String[] {"整改", "落实", "问题", "台账", "巡察"},
                new int[] {0, 2, 5, 7, 11}, new int[] {2, 4, 7, 9, 13}, new int[] {1, 1, 1, 1, 1});
    }

    @Test
    void typeIsTheSegmentersPartOfSpeech() throws IOException {
        assertTokenStreamContents(bare.tokenStream("f", "整改3项"),
                new String[] {"整改", "3", "项"}, new int[] {0, 2, 3}, new int[] {2, 3, 4},
                new String[] {"n", "m", "n"}, new int[] {1, 1, 1}, null, 4);
    }

    @Test
    void resetClearsTheSentenceLeftFromAnAbandonedStream() throws IOException {
        Tokenizer tokenizer = new SegmenterTokenizer(segmenter);
        tokenizer.setReader(new StringReader("巡察整改落实不到位"));
        tokenizer.reset();
        assertTrue(tokenizer.incrementToken());
        tokenizer.end();
        tokenizer.close();
        tokenizer.setReader(new StringReader("问题台账"));
        assertTokenStreamContents(tokenizer, new String[] {"问题", "台账"}, new int[] {0, 2}, new int[] {2, 4}, null,
                new int[] {1, 1}, null, 4);
    }

    @Test
    void mappingCharFilterInFrontMapsOffsetsBackThroughCorrectOffset() throws IOException {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("【", "");
        map.add("&nbsp;", " ");
        Tokenizer tokenizer = new SegmenterTokenizer(segmenter);
        String input = "【整改&nbsp;落实";
        tokenizer.setReader(new MappingCharFilter(map.build(), new StringReader(input)));
        assertTokenStreamContents(tokenizer, new String[] {"整改", "落实"}, new int[] {1, 9}, new int[] {3, 11}, null,
                new int[] {1, 1}, null, input.length());
        assertEquals("整改", input.substring(1, 3));
        assertEquals("落实", input.substring(9, 11));
    }

    /** A run far longer than the 1024-char buffer with no safe break: words may be cut, offsets must not be. */
    @Test
    void unbrokenRunLongerThanTheBufferKeepsEveryOffsetExact() throws IOException {
        String input = "不到位".repeat(700);
        List<TokenStreamAssert.Observed> tokens = TokenStreamAssert.observe(bare, input);
        int covered = 0;
        for (TokenStreamAssert.Observed t : tokens) {
            assertEquals(input.substring(t.start(), t.end()), t.term());
            assertEquals(covered, t.start(), "tokens are contiguous");
            covered = t.end();
        }
        assertEquals(input.length(), covered);
        int cuts = input.length() / 1024;
        // Each forced cut can split one word 不到位 into 不 + 到 + 位: two extra tokens per cut, no more.
        assertTrue(tokens.size() >= 700 && tokens.size() <= 700 + 2 * cuts, "only buffer cuts split words: " + tokens.size());
    }

    /** LUCENE-3026: a 100k-char document tokenizes exactly as the segmenter segments it whole. */
    @Test
    void hundredThousandCharDocumentMatchesWholeTextSegmentation() throws IOException {
        String[] pieces = {"巡察整改", "落实不到位", "，", "三会一课制度执行不严格", "。", "ABC12", " ", "问题台账", "；",
                "党建带侨建", "\n", "𠀀", "风险隐患排查", "、"};
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 100_000) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        String input = sb.toString();
        List<String> expected = segmenter.segment(input).stream()
                .map(Token::term).filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
        List<TokenStreamAssert.Observed> actual = TokenStreamAssert.observe(bare, input);
        assertEquals(expected, actual.stream().map(TokenStreamAssert.Observed::term).toList());
        for (TokenStreamAssert.Observed t : actual) {
            assertEquals(input.substring(t.start(), t.end()), t.term());
        }
    }

    @Test
    void surrogatePairCharacterIsOneTokenOfTwoCodeUnits() throws IOException {
        assertAnalyzesTo(bare, "整改𠀀问题", new String[] {"整改", "𠀀", "问题"},
                new int[] {0, 2, 4}, new int[] {2, 4, 6}, new int[] {1, 1, 1});
    }

    @Test
    void emptyInputHasNoTokensAndFinalOffsetZero() throws IOException {
        assertAnalyzesTo(bare, "", new String[0], new int[0], new int[0], new int[0]);
    }

    /** LUCENE-2207: the final offset counts trailing whitespace. */
    @Test
    void trailingWhitespaceCountsInTheFinalOffset() throws IOException {
        assertAnalyzesTo(bare, "整改落实  \n ", new String[] {"整改", "落实"},
                new int[] {0, 2}, new int[] {2, 4}, new int[] {1, 1});
    }
}
