package org.reportminer.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.StatedTotal;
import org.reportminer.corpus.model.TotalKind;

/** The totals a report states about itself, each once, in text order. */
class StatedTotalExtractorTest {

    private final StatedTotalExtractor extractor = new StatedTotalExtractor();

    @Test
    void areasAndProblemsComeFromOneSentenceAndOtherTotalsFromTheirOwn() {
        String text = "巡察组指出存在3个方面12项问题，提出5项意见建议。我们制定36条整改措施，已完成整改10个，正在整改2个，整改完成率83%。";
        List<StatedTotal> totals = extractor.extract(text);
        assertEquals(List.of(TotalKind.AREAS, TotalKind.PROBLEMS, TotalKind.SUGGESTIONS, TotalKind.MEASURES,
                TotalKind.PROBLEMS_DONE, TotalKind.PROBLEMS_IN_PROGRESS, TotalKind.COMPLETION_RATE),
                totals.stream().map(StatedTotal::what).toList());
        assertEquals(new BigDecimal("12"), totals.get(1).value());
        assertEquals("3个方面12项问题", text.substring(totals.get(1).span().start(), totals.get(1).span().end()));
        assertEquals(new BigDecimal("36"), totals.get(3).value());
    }

    @Test
    void thousandsOfProblemTotalsAreEachKeptInOrder() {
        StringBuilder text = new StringBuilder("存在*个方面*项问题。\n");
        for (int i = 0; i < 5_000; i++) {
            text.append("反馈问题").append(i % 90 + 10).append("个。\n");
        }
        List<StatedTotal> totals = extractor.extract(text.toString());
        assertEquals(5_002, totals.size());
        assertEquals(5_001, totals.stream().filter(t -> t.what() == TotalKind.PROBLEMS).count());
        assertEquals(null, totals.get(0).value(), "a masked total stays unknown");
        for (int i = 1; i < totals.size(); i++) {
            assertEquals(true, totals.get(i - 1).span().start() <= totals.get(i).span().start());
        }
    }
}
