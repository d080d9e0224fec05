package org.reportminer.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Span;

class MatchHighlighterTest {

    @Test
    void overlappingAndTouchingMatchesBecomeOneMark() {
        assertEquals("党建【带侨建】工作", MatchHighlighter.highlight("党建带侨建工作",
                List.of(new Span(2, 4), new Span(3, 5), new Span(4, 5)), HighlightTags.BRACKETS));
    }

    @Test
    void longTextBecomesPassagesAroundMatchesJoinedByEllipsis() {
        String text = "甲".repeat(200) + "巡察" + "乙".repeat(200) + "整改" + "丙".repeat(200);
        String snippet = MatchHighlighter.highlight(text, List.of(new Span(200, 202), new Span(402, 404)),
                HighlightTags.BRACKETS);
        String expected = "…" + "甲".repeat(50) + "【巡察】" + "乙".repeat(50) + "…"
                + "乙".repeat(50) + "【整改】" + "丙".repeat(50) + "…";
        assertEquals(expected, snippet);
    }

    @Test
    void passageEdgesNeverCutASurrogatePair() {
        String text = "𠀀".repeat(200) + "巡察" + "𠀀".repeat(200);
        String snippet = MatchHighlighter.highlight(text, List.of(new Span(400, 402)), HighlightTags.BRACKETS);
        String inner = snippet.substring(1, snippet.length() - 1);
        assertEquals(inner.codePoints().filter(Character::isSupplementaryCodePoint).count() * 2 + "【巡察】".length(),
                inner.length(), "only whole surrogate pairs: " + snippet);
    }

    @Test
    void longTextWithoutMatchesShowsItsBeginning() {
        String text = "甲".repeat(400);
        assertEquals("甲".repeat(MatchHighlighter.WHOLE_TEXT_MAX) + "…",
                MatchHighlighter.highlight(text, List.of(), HighlightTags.BRACKETS));
    }
}
