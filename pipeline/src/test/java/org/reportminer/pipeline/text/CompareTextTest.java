package org.reportminer.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CompareText#foldNumbers}: the hand-written number scan (issue 15, compare speed) folds exactly what the
 * {@code NUMBER_OR_MASK} regex it replaced folded.
 */
class CompareTextTest {

    @Test
    void foldsNumbersMasksDecimalsAndNumeralYears() {
        // width folding runs first, so the full-width commas come out half-width
        assertEquals("#年#月完成#项,占#%,二〇二", CompareText.foldNumbers("2021年4月完成12项，占3.5%，二〇二"));
        assertEquals("#年整改,#.项,#单位为#", CompareText.foldNumbers("二〇二三年整改，7.项，**单位为X"));
        assertEquals("一年来", CompareText.foldNumbers("一年来"));
    }

    @Test
    void scanMatchesTheRegexOnRandomTexts() {
        Random rnd = new Random(15);
        String alphabet = "0123456789*＊.．〇零一二三四五年月项问题";
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(24); i > 0; i--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String w = sb.toString();
            assertEquals(TextPatterns.NUMBER_OR_MASK.matcher(w).replaceAll("#"), CompareText.foldNumberRuns(w), w);
        }
    }
}
