package org.reportminer.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportminer.index.analysis.TokenStreamAssert.assertTokenStreamContents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportminer.pipeline.segment.Token;

class SegmentedTextTest {

    private final MaxMatchSegmenter segmenter = MaxMatchSegmenter.reportWords();
    private final ReportAnalyzer analyzer = ReportAnalyzer.forIndex(segmenter);
    private static final String TEXT = "一、党风廉政建设责任制落实不到位。\n"
            + "一是主要负责人约谈不到位，全年开展专题会议３次。二是台账管理不规范，超标准公务接待2项。\n"
            + "整改情况：已完成OA审批长效机制建设。";

    @Test
    void spanOnWordBoundariesAnalysesLikeItsOwnText() throws IOException {
        SegmentedText seg = SegmentedText.of(TEXT, segmenter);
        int start = TEXT.indexOf("一是");
        int end = TEXT.indexOf("二是");
        String span = TEXT.substring(start, end);
        List<TokenStreamAssert.Observed> alone = TokenStreamAssert.observe(analyzer, span);
        String[] terms = alone.stream().map(TokenStreamAssert.Observed::term).toArray(String[]::new);
        int[] starts = alone.stream().mapToInt(TokenStreamAssert.Observed::start).toArray();
        int[] ends = alone.stream().mapToInt(TokenStreamAssert.Observed::end).toArray();
        // Full-width ３ is folded by the analyzer's filters, offsets stay those of the span.
        assertTrue(List.of(terms).contains("3"), List.of(terms).toString());
        assertTokenStreamContents(analyzer.filter(seg.words(start, end)), terms, starts, ends, null, null, null,
                span.length());
    }

    @Test
    void wordCutByTheSpanStartIsSegmentedAgainNotEmittedCut() {
        SegmentedText seg = SegmentedText.of(TEXT, segmenter);
        int word = TEXT.indexOf("党风廉政建设");
        // The span starts inside 党风廉政建设 (its part 廉政建设 is a word of its own) and ends inside 不到位.
        List<Token> tokens = seg.tokens(word + 2, word + 12);
        assertEquals(List.of(new Token("廉政建设", 0, 4, "n"), new Token("责任制", 4, 7, "n"),
                new Token("落实", 7, 9, "n"), new Token("不", 9, 10, "c")), tokens);
    }

    @Test
    void wordCutByTheSpanEndKeepsOnlyTheSpansCharacters() {
        SegmentedText seg = SegmentedText.of(TEXT, segmenter);
        int word = TEXT.indexOf("主要负责人");
        List<Token> tokens = seg.tokens(word - 2, word + 2);
        assertEquals(List.of(new Token("一", 0, 1, "c"), new Token("是", 1, 2, "c"),
                new Token("主要", 2, 4, "n")), tokens);
    }

    @Test
    void spanInsideOneWordIsThatPartSegmentedAlone() {
        SegmentedText seg = SegmentedText.of(TEXT, segmenter);
        int word = TEXT.indexOf("主要负责人");
        assertEquals(List.of(new Token("负责人", 0, 3, "n")), seg.tokens(word + 2, word + 5));
        assertEquals(List.of(), seg.tokens(word + 2, word + 2));
    }

    @Test
    void everyTokenOfAnySpanIsThatSpansTextAtItsOffsets() {
        String text = TEXT.repeat(40);
        SegmentedText seg = SegmentedText.of(text, segmenter);
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            int a = random.nextInt(text.length() + 1);
            int b = random.nextInt(text.length() + 1);
            int start = Math.min(a, b);
            int end = Math.max(a, b);
            String span = text.substring(start, end);
            int last = 0;
            for (Token t : seg.tokens(start, end)) {
                assertEquals(span.substring(t.start(), t.end()), t.term(), "span " + start + "-" + end);
                assertTrue(t.start() >= last, "tokens overlap or go backwards in span " + start + "-" + end);
                last = t.end();
            }
        }
    }

    @Test
    void wholeTextSpanHasTheWordsOfTheAnalyzer() throws IOException {
        SegmentedText seg = SegmentedText.of(TEXT, segmenter);
        List<String> expected = TokenStreamAssert.terms(analyzer, TEXT);
        List<String> actual = new ArrayList<>();
        for (Token t : seg.tokens(0, TEXT.length())) {
            actual.add(t.term().toLowerCase(java.util.Locale.ROOT));
        }
        // The analyzer folds ３ to 3 and OA to oa; the raw words are the text's own characters.
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.size(), seg.size());
    }

    @Test
    void spanOutsideTheTextIsRejected() {
        SegmentedText seg = SegmentedText.of(TEXT, segmenter);
        assertThrows(IndexOutOfBoundsException.class, () -> seg.tokens(5, TEXT.length() + 1));
    }
}
