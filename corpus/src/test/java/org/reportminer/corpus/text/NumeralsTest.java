package org.reportminer.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumeralsTest {

    @Test
    void digitsHaveTheirValuesInEveryForm() {
        String[] forms = {"〇一二三四五六七八九", "零壹贰叁肆伍陆柒捌玖", "0123456789", Numerals.FULL_WIDTH_DIGITS};
        for (String form : forms) {
            for (int v = 0; v < 10; v++) {
                assertEquals(v, Numerals.digit(form.charAt(v)), form + " " + v);
            }
        }
        assertEquals(2, Numerals.digit(Numerals.LIANG));
        assertEquals(-1, Numerals.digit('十'));
        assertEquals(-1, Numerals.digit('个'));
    }

    @Test
    void unitsHaveTheirValuesInBothForms() {
        assertEquals(10, Numerals.unit('十'));
        assertEquals(100, Numerals.unit('百'));
        assertEquals(1000, Numerals.unit('千'));
        assertEquals(10, Numerals.unit('拾'));
        assertEquals(100, Numerals.unit('佰'));
        assertEquals(1000, Numerals.unit('仟'));
        assertEquals(10_000, Numerals.unit('万'));
        assertEquals(100_000_000, Numerals.unit('亿'));
        assertEquals(-1, Numerals.unit('一'));
        assertEquals(-1, Numerals.unit('个'));
    }

    @Test
    void chineseNumeralsAreTheDigitsAndUnitsButNotArabicDigits() {
        for (char c : (Numerals.DIGITS + Numerals.LIANG + Numerals.SMALL_UNITS + Numerals.LARGE_UNITS
                + Numerals.FINANCIAL_DIGITS + Numerals.FINANCIAL_UNITS).toCharArray()) {
            assertTrue(Numerals.isChineseNumeral(c), String.valueOf(c));
        }
        for (char c : "0９个第是".toCharArray()) {
            assertFalse(Numerals.isChineseNumeral(c), String.valueOf(c));
        }
    }

    @Test
    void theSetsAreBuiltFromOneAnother() {
        assertEquals("〇零一二三四五六七八九", Numerals.DIGITS);
        assertEquals(String.valueOf(Numerals.TEN), Numerals.SMALL_UNITS.substring(0, 1));
        assertEquals("" + Numerals.CIRCLE_ZERO + Numerals.LING, Numerals.ZEROS);
    }
}
