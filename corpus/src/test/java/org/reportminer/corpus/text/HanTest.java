package org.reportminer.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HanTest {

    @Test
    void hanCoversTheUnifiedBlockExtensionsAToGAndCompatibilityIdeographs() {
        int[] han = {
            '中', 0x4E00, 0x9FA5,
            0x9FA6, 0x9FEF, 0x9FFF, // missed by the old U+4E00–U+9FA5 class; U+9FFD–U+9FFF are newer than JDK 17
            0x3400, 0x4DB5, 0x4DBF, // Extension A
            0x20000, 0x2A6DF, // B
            0x2A700, // C
            0x2B740, // D
            0x2B820, // E
            0x2CEB0, // F
            0x30000, 0x3134A, // G
            0x31350, // H (Unicode 15, unknown to JDK 17)
            0xF900, 0xFA6D, 0x2F800, // compatibility ideographs and their supplement
            0x2E80, 0x2F00, '々', '〇' // radicals, iteration mark and ideographic zero have script Han
        };
        for (int cp : han) {
            assertTrue(Han.is(cp), () -> "U+" + Integer.toHexString(cp));
        }
        int[] notHan = {'A', '1', '。', '，', '１', 'Ａ', 0x3000, 'あ', 'ア', '한', 'ㄅ', '①', '㈠', 0x1F600, 0xD840};
        for (int cp : notHan) {
            assertFalse(Han.is(cp), () -> "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void theRegexClassMatchesExactlyTheCodePointsThePredicateAccepts() {
        Matcher alone = Pattern.compile(Han.CLASS).matcher("");
        Matcher nested = Pattern.compile("[" + Han.CLASS + "#]").matcher("");
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = Character.toString(cp);
            boolean is = Han.is(cp);
            if (alone.reset(s).matches() != is || nested.reset(s).matches() != is) {
                assertEquals(is, alone.matches(), "U+" + Integer.toHexString(cp));
            }
        }
        assertTrue(nested.reset("#").matches());
        assertTrue(Pattern.compile(Han.CLASS + "{4}").matcher("中\uD840\uDC00䶮鿿").matches(), "counts code points");
    }

    @Test
    void wordCharactersAreHanWithoutTheIdeographicZero() {
        assertTrue(Han.isWordCharacter('零'));
        assertTrue(Han.isWordCharacter('中'));
        assertFalse(Han.isWordCharacter('〇'));
        assertFalse(Han.isWordCharacter('a'));
    }

    @Test
    void allHanNeedsAtLeastOneCharacterAndNoOther() {
        assertTrue(Han.isAllHan("巡察\uD840\uDC00整改"));
        assertFalse(Han.isAllHan("巡察，整改"));
        assertFalse(Han.isAllHan(""));
    }

    @Test
    void theUnifiedBlockAndExtensionAAreTheirBlocksOnly() {
        assertTrue(Han.isUnifiedBlock(0x4E00) && Han.isUnifiedBlock(0x9FFF));
        assertFalse(Han.isUnifiedBlock(0x3400) || Han.isUnifiedBlock(0xA000) || Han.isUnifiedBlock(0x20000));
        assertTrue(Han.isExtensionA(0x3400) && Han.isExtensionA(0x4DBF));
        assertFalse(Han.isExtensionA(0x33FF) || Han.isExtensionA(0x4E00));
    }
}
