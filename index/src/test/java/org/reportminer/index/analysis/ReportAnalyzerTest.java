package org.reportminer.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportminer.index.analysis.TokenStreamAssert.assertAnalyzesTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.reportminer.pipeline.classify.SynonymLexicon;
import org.junit.jupiter.api.io.TempDir;

class ReportAnalyzerTest {

    private final MaxMatchSegmenter segmenter = MaxMatchSegmenter.reportWords();
    private final ReportAnalyzer analyzer = ReportAnalyzer.forIndex(segmenter);

    @Test
    void mixedChineseLatinAndDigitsAreFoldedToLowerCase() throws IOException {
        assertAnalyzesTo(analyzer, "2023年整改3项问题ABC系统",
                new String[] {"2023", "年", "整改", "3", "项", "问题", "abc", "系", "统"},
                new int[] {0, 4, 5, 7, 8, 9, 11, 14, 15}, new int[] {4, 5, 7, 8, 9, 11, 14, 15, 16},
                new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1});
    }

    @Test
    void fullWidthDigitsAndLettersFoldToAsciiWithOriginalOffsets() throws IOException {
        assertAnalyzesTo(analyzer, "完成２０２３年ＯＡ整改",
                new String[] {"完成", "2023", "年", "oa", "整改"},
                new int[] {0, 2, 6, 7, 9}, new int[] {2, 6, 7, 9, 11}, new int[] {1, 1, 1, 1, 1});
    }

    @Test
    void normalizeFoldsQueryTermsLikeIndexedTerms() {
        assertEquals(new BytesRef("abc2023"), analyzer.normalize("text", "ＡＢＣ２０２３"));
    }

    @Test
    void optionalStopSetDropsFunctionWordsAndLeavesAPositionGap() throws IOException {
        ReportAnalyzer stopping = new ReportAnalyzer(segmenter, ReportAnalyzer.chineseStopSet(), null);
        assertAnalyzesTo(stopping, "党员的学习", new String[] {"党员", "学习"},
                new int[] {0, 3}, new int[] {2, 5}, new int[] {1, 2});
        assertTrue(ReportAnalyzer.chineseStopSet().contains("的"));
    }

    @Test
    void querySynonymsExpandOneBossToPrincipalOfficer() throws IOException {
        ReportAnalyzer query = ReportAnalyzer.forQuery(segmenter, null);
        List<String> terms = TokenStreamAssert.terms(query, "一把手");
        assertTrue(terms.containsAll(List.of("一把手", "主要负责人", "主要", "领导")), terms.toString());
        List<String> reverse = TokenStreamAssert.terms(query, "主要负责人");
        assertTrue(reverse.contains("一把手"), reverse.toString());
    }

    @Test
    void userSynonymFileExtendsTheBundledRules(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-synonyms.txt");
        Files.writeString(file, "# mine\n约谈,廉政谈话\n", StandardCharsets.UTF_8);
        ReportAnalyzer query = ReportAnalyzer.forQuery(segmenter, file);
        assertTrue(TokenStreamAssert.terms(query, "约谈").containsAll(List.of("廉政", "谈话")));
        assertTrue(TokenStreamAssert.terms(query, "巡察").contains("巡视"), "bundled rules still apply");
    }

    @Test
    void userSynonymFileCanReplaceTheBundledRules(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("only.txt");
        Files.writeString(file, "约谈,廉政谈话\n", StandardCharsets.UTF_8);
        ReportAnalyzer parsing = ReportAnalyzer.forIndex(segmenter);
        ReportAnalyzer query = new ReportAnalyzer(segmenter, CharArraySet.EMPTY_SET,
                ReportSynonyms.load(parsing, file, false));
        assertEquals(List.of("巡察"), TokenStreamAssert.terms(query, "巡察"));
    }

    @Test
    void missingUserSynonymFileFailsWithItsName(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        IOException e = assertThrows(IOException.class, () -> ReportAnalyzer.forQuery(segmenter, missing));
        assertEquals(missing + ": synonym file not found", e.getMessage());
    }

    @Test
    void badSynonymRuleFailsNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "巡察 => \n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> ReportAnalyzer.forQuery(segmenter, file));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void bundledSynonymFileHasThirtyOrMoreRulesAndLoads() throws IOException {
        long rules = SynonymLexicon.bundled().searchRules().lines().count();
        assertTrue(rules >= 30, "rules: " + rules);
        assertTrue(ReportSynonyms.load(analyzer, null, true).fst != null);
    }
}
