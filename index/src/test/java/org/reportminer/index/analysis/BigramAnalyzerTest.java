package org.reportminer.index.analysis;

import static org.reportminer.index.analysis.TokenStreamAssert.assertTokenStreamContents;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class BigramAnalyzerTest {

    private final BigramAnalyzer analyzer = new BigramAnalyzer(true);

    @Test
    void everyAdjacentHanPairIsABigramStackedOnItsFirstCharacter() throws IOException {
        assertTokenStreamContents(analyzer.tokenStream("f", "党建带侨建"),
                new String[] {"党", "党建", "建", "建带", "带", "带侨", "侨", "侨建", "建"},
                new int[] {0, 0, 1, 1, 2, 2, 3, 3, 4}, new int[] {1, 2, 2, 3, 3, 4, 4, 5, 5},
                null, new int[] {1, 0, 1, 0, 1, 0, 1, 0, 1}, new int[] {1, 2, 1, 2, 1, 2, 1, 2, 1}, 5);
    }

    @Test
    void punctuationStopsBigramsAndLatinStaysWhole() throws IOException {
        assertTokenStreamContents(analyzer.tokenStream("f", "整改，ＯＡ系统 2023"),
                new String[] {"整", "整改", "改", "oa", "系", "系统", "统", "2023"},
                new int[] {0, 0, 1, 3, 5, 5, 6, 8}, new int[] {1, 2, 2, 5, 6, 7, 7, 12},
                null, new int[] {1, 0, 1, 1, 1, 0, 1, 1}, null, 12);
    }

    @Test
    void withoutUnigramsOnlyBigramsComeOutAndALoneCharacterStaysAUnigram() throws IOException {
        assertTokenStreamContents(new BigramAnalyzer(false).tokenStream("f", "党建带，侨"),
                new String[] {"党建", "建带", "侨"},
                new int[] {0, 1, 4}, new int[] {2, 3, 5},
                null, new int[] {1, 1, 1}, null, 5);
    }
}
