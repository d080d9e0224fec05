package org.reportminer.pipeline.segment.hanlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.testing.SharedData;
import org.reportminer.pipeline.segment.DomainTerms;
import org.reportminer.pipeline.segment.Token;

class HanlpSegmenterTest {

    private static HanlpSegmenter segmenter;

    @BeforeAll
    static void build() {
        segmenter = new HanlpSegmenter();
    }

    private static List<String> terms(String text) {
        return segmenter.segment(text).stream().map(Token::term).toList();
    }

    static void assertOffsetsExact(String text, List<Token> tokens) {
        int last = 0;
        for (Token t : tokens) {
            assertEquals(t.term(), text.substring(t.start(), t.end()), "token at " + t.start());
            assertTrue(t.start() >= last, "tokens overlap or go backwards at " + t.start());
            assertFalse(t.term().isBlank(), "whitespace returned at " + t.start());
            last = t.end();
        }
    }

    @Test
    void domainTermsStayOneWord() {
        List<String> t = terms("落实“三会一课”和中央八项规定精神，坚决纠治四风，执行三重一大制度，做到两个维护，运用四种形态。");
        assertTrue(t.contains("三会一课"), t.toString());
        assertTrue(t.contains("中央八项规定"), t.toString());
        assertTrue(t.contains("四风"), t.toString());
        assertTrue(t.contains("三重一大"), t.toString());
        assertTrue(t.contains("两个维护"), t.toString());
        assertTrue(t.contains("四种形态"), t.toString());
    }

    @Test
    void offsetsPointAtTheInputAndWhitespaceIsDropped() {
        String text = "  青禾市文化旅游局\n\n一、整改工作基本情况\t共查找问题23个，面积80.6㎡，*月**日召开会议。 ";
        List<Token> tokens = segmenter.segment(text);
        assertOffsetsExact(text, tokens);
        assertEquals(2, tokens.get(0).start());
        assertTrue(tokens.stream().anyMatch(t -> t.term().equals("*") && t.pos().equals("w")), tokens.toString());
    }

    @Test
    void wordsOnlyGivesTheSameWordsAtTheSameOffsetsOnARealReport() {
        String text = SharedData.read(SharedData.corpusFiles().get(0));
        List<Token> tagged = segmenter.segment(text);
        List<Token> plain = segmenter.wordsOnly().segment(text);
        assertEquals(tagged.size(), plain.size());
        for (int i = 0; i < tagged.size(); i++) {
            assertEquals(tagged.get(i).term(), plain.get(i).term(), "word " + i);
            assertEquals(tagged.get(i).start(), plain.get(i).start(), "word " + i);
        }
        assertOffsetsExact(text, plain);
        assertTrue(plain.size() > 1000, "a long report has many words: " + plain.size());
        List<String> domain = segmenter.wordsOnly().segment("落实“三会一课”和中央八项规定精神，执行三重一大制度。").stream()
                .map(Token::term).toList();
        assertTrue(domain.containsAll(List.of("三会一课", "中央八项规定", "三重一大")), domain.toString());
        assertTrue(segmenter.wordsOnly().wordsOnly() == segmenter.wordsOnly());
    }

    @Test
    void emptyInputGivesNoTokens() {
        assertEquals(List.of(), segmenter.segment(""));
        assertEquals(List.of(), segmenter.segment(" \n\t"));
    }

    @Test
    void userDictionaryIsPerInstanceAndDoesNotLeakIntoOthers(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("user.txt");
        Files.writeString(user, "# mine\n青禾清风行动\n");
        HanlpSegmenter withUser = new HanlpSegmenter(DomainTerms.builtInPlus(user));
        String text = "开展青禾清风行动。";
        assertTrue(withUser.segment(text).stream().anyMatch(t -> t.term().equals("青禾清风行动")));
        assertFalse(terms(text).contains("青禾清风行动"), terms(text).toString());
    }

    @Test
    void concurrentSegmentationGivesTheSameTokensAsSequential() throws Exception {
        List<String> texts = List.of(SharedData.seedText("000"), SharedData.seedText("001"),
                SharedData.read(SharedData.corpusFiles().get(SharedData.corpusFiles().size() - 1)));
        List<List<Token>> expected = texts.stream().map(segmenter::segment).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int k = i % texts.size();
                results.add(pool.submit(() -> segmenter.segment(texts.get(k)).equals(expected.get(k))));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get(), "a concurrent run differed from the sequential one");
            }
        } finally {
            pool.shutdownNow();
        }
        for (int k = 0; k < texts.size(); k++) {
            assertOffsetsExact(texts.get(k), expected.get(k));
        }
    }

    /** Every token of the 83 real reports points at its own characters (throughput is `reportminer bench`'s job). */
    @Test
    void segmentsTheCorporaWithExactOffsets() {
        long chars = 0;
        long tokens = 0;
        for (Path file : SharedData.corpusFiles()) {
            String text = SharedData.read(file);
            List<Token> ts = segmenter.segment(text);
            assertOffsetsExact(text, ts);
            chars += text.length();
            tokens += ts.size();
        }
        assertTrue(tokens > chars / 4, tokens + " tokens for " + chars + " chars");
    }
}
