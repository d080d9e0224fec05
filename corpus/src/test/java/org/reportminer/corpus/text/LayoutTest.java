package org.reportminer.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LayoutTest {

    @Test
    void hanKanaHangulAndFullWidthFormsAreWideOnATerminal() {
        for (int cp : new int[] {'中', '。', '，', 'あ', '한', 'Ａ', 0x3000, 0x20000, 0x3134A}) {
            assertTrue(Layout.isWide(cp), () -> "U+" + Integer.toHexString(cp));
        }
        for (int cp : new int[] {'a', '1', '“', '…', '—', 0xFF61, 0x1F600}) {
            assertFalse(Layout.isWide(cp), () -> "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void terminalColumnsCountWideCodePointsTwice() {
        assertEquals(0, Layout.columns(""));
        assertEquals(11, Layout.columns("巡察ab“整改"), "the curly quote is narrow on a terminal");
        assertEquals(2, Layout.columns("\uD840\uDC00"), "one supplementary ideograph");
    }

    @Test
    void onThePageCurlyQuotesEllipsisAndDashAreWideToo() {
        assertEquals(12, Layout.typesetColumns("“巡察”ab…"));
        assertEquals(4, Layout.typesetColumns("——"));
        assertEquals(2, Layout.typesetColumns("\uD840\uDC00"));
    }

    @Test
    void hanCjkPunctuationAndFullWidthFormsAreSetSolidButHangulAndLatinAreNot() {
        for (char c : "中䶮。，、“”…—Ａｱあ㈠".toCharArray()) {
            assertTrue(Layout.isSetSolid(c), String.valueOf(c));
        }
        assertTrue(Layout.isSetSolid('\uD840'), "a surrogate is half of a supplementary ideograph");
        for (char c : "a1 -한ꀀ".toCharArray()) {
            assertFalse(Layout.isSetSolid(c), String.valueOf(c));
        }
    }
}
