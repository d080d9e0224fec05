package org.reportminer.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PunctuationTest {

    @Test
    void sentencesEndAtFullStopsMarksAndSemicolonsInBothWidthsButNotAtADot() {
        for (char c : "。！？；!?;".toCharArray()) {
            assertTrue(Punctuation.isSentenceEnd(c), String.valueOf(c));
        }
        for (char c : "，、：.,:…”".toCharArray()) {
            assertFalse(Punctuation.isSentenceEnd(c), String.valueOf(c));
        }
        assertEquals("。！？；", Punctuation.CHINESE_SENTENCE_ENDS);
    }

    @Test
    void clausesEndAtCommasEnumerationCommasAndColonsInBothWidths() {
        for (char c : "，、：,:".toCharArray()) {
            assertTrue(Punctuation.isClauseEnd(c), String.valueOf(c));
        }
        for (char c : "。；.".toCharArray()) {
            assertFalse(Punctuation.isClauseEnd(c), String.valueOf(c));
        }
        assertEquals(Punctuation.ENUMERATION_COMMA, Punctuation.CHINESE_CLAUSE_ENDS.charAt(1));
        assertTrue(Punctuation.CLAUSE_ENDS.contains(Punctuation.COMMAS.substring(1)));
    }

    @Test
    void closingQuotesAndBracketsPairWithTheirOpeningOnes() {
        for (char c : "”’」』\"）)》".toCharArray()) {
            assertTrue(Punctuation.isCloser(c), String.valueOf(c));
        }
        assertFalse(Punctuation.isCloser('“'));
        assertFalse(Punctuation.isCloser('（'));
        assertEquals(Punctuation.OPENING_QUOTES.length(), Punctuation.CLOSING_QUOTES.length());
        assertEquals(Punctuation.OPENING_BRACKETS.length(), Punctuation.CLOSING_BRACKETS.length());
    }

    @Test
    void fullWidthAsciiFoldsToAsciiAndTheIdeographicSpaceToASpaceKeepingTheLength() {
        assertEquals("ABC 123!(x)", Punctuation.toHalfWidth("ＡＢＣ\u3000１２３！（ｘ）"));
        assertEquals(",:;", Punctuation.toHalfWidth("，：；"), "full-width forms of ASCII punctuation fold too");
        assertEquals("。、“”《》", Punctuation.toHalfWidth("。、“”《》"), "Chinese punctuation has no ASCII form");
        assertTrue(Punctuation.isFullWidthAscii('！') && Punctuation.isFullWidthAscii('～'));
        assertFalse(Punctuation.isFullWidthAscii('。') || Punctuation.isFullWidthAscii('\u3000'));
        assertTrue(Punctuation.isFullWidthLetterOrDigit('９') && Punctuation.isFullWidthLetterOrDigit('ｚ'));
        assertFalse(Punctuation.isFullWidthLetterOrDigit('！'));
    }

    @Test
    void everySetCanBeConcatenatedIntoARegexClass() {
        for (String set : List.of(Punctuation.SENTENCE_ENDS, Punctuation.CLAUSE_ENDS, Punctuation.COLONS,
                Punctuation.COMMAS, Punctuation.CLOSERS, Punctuation.OPENING_QUOTES, Punctuation.OPENING_BRACKETS)) {
            Pattern p = Pattern.compile("[" + set + "]");
            set.chars().forEach(c -> assertTrue(p.matcher(Character.toString(c)).matches(), set));
            assertFalse(p.matcher("x").matches(), set);
            assertFalse(set.matches(".*[\\[\\]\\\\^&-].*"), "no class metacharacters in " + set);
        }
    }
}
