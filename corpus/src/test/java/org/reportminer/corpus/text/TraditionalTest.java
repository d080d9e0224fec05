package org.reportminer.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TraditionalTest {

    @Test
    void theTablesPairEveryCharacterOnce() {
        assertEquals(Traditional.TRADITIONAL.length(), Traditional.SIMPLIFIED.length());
        assertEquals(Traditional.TRADITIONAL.length(), Traditional.TRADITIONAL.chars().distinct().count());
    }

    @Test
    void numeralsAndUnitsFoldOneCharacterToOne() {
        assertEquals("共12项问題，3个單位，1.2万元，5亿元，8处，两条", Traditional.fold("共12項问題，3個單位，1.2萬元，5億元，8處，兩條"));
    }

    @Test
    void textWithoutTraditionalFormsIsReturnedAsItIs() {
        String text = "整改问题12个，其中已完成10个。";
        assertSame(text, Traditional.fold(text));
        assertEquals('个', Traditional.fold('個'));
        assertEquals('a', Traditional.fold('a'));
    }
}
