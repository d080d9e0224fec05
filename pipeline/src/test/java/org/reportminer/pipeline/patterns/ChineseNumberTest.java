package org.reportminer.pipeline.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChineseNumberTest {

    @ParameterizedTest
    @CsvSource({"三十五,35", "一百零二,102", "十二,12", "十,10", "两千,2000", "二十二,22", "一千零五,1005",
            "十二万,120000", "1.2万,12000", "2.5万亿,2500000000000", "80.6,80.6", "1200万,12000000",
            "'1,200',1200", "3亿,300000000", "〇,0", "九百九十九,999", "贰拾叁,23", "壹佰零伍,105", "拾,10"})
    void parsesArabicChineseAndMixedNumbers(String text, String expected) {
        assertEquals(new BigDecimal(expected), ChineseNumber.expect(text));
    }

    @Test
    void maskedOrMalformedTextIsNotANumber() {
        assertTrue(ChineseNumber.parse("**").isEmpty());
        assertTrue(ChineseNumber.parse("*万").isEmpty());
        assertTrue(ChineseNumber.parse("").isEmpty());
        assertTrue(ChineseNumber.parse("abc").isEmpty());
        assertTrue(ChineseNumber.parse("万").isEmpty());
        assertTrue(ChineseNumber.parse("１２").isEmpty(), "full-width digits are folded before parsing, never here");
    }
}
