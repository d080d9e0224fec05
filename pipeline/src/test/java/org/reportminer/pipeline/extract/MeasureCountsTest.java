package org.reportminer.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Count;

/** A measure's counts are those lying wholly inside it, found by binary search in the report's counts. */
class MeasureCountsTest {

    private static Count count(int start, int end) {
        return new Count(BigDecimal.ONE, false, "x".repeat(end - start), "个", null, null, start, end, List.of());
    }

    @Test
    void onlyCountsWhollyInsideTheSpanAreTheMeasures() {
        List<Count> counts = List.of(count(0, 3), count(5, 8), count(8, 10), count(12, 16), count(20, 22));
        assertEquals(List.of(counts.get(1), counts.get(2)), MeasureExtractor.within(counts, 5, 12));
        // 12–16 straddles the end, 0–3 starts before: neither is inside
        assertEquals(List.of(counts.get(1), counts.get(2)), MeasureExtractor.within(counts, 1, 14));
        assertEquals(List.of(), MeasureExtractor.within(counts, 16, 20));
        assertEquals(counts, MeasureExtractor.within(counts, 0, 22));
        assertEquals(List.of(), MeasureExtractor.within(List.of(), 0, 100));
    }

    @Test
    void theSearchAgreesWithAScanOnEverySpanOfAThousandCounts() {
        List<Count> counts = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            counts.add(count(i * 7, i * 7 + 1 + i % 5));
        }
        for (int start = 0; start < 7000; start += 97) {
            for (int end = start; end < start + 300; end += 13) {
                int s = start;
                int e = end;
                assertEquals(counts.stream().filter(c -> c.start() >= s && c.end() <= e).toList(),
                        MeasureExtractor.within(counts, s, e), s + "–" + e);
            }
        }
    }
}
