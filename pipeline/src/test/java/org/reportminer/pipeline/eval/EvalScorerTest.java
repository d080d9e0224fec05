package org.reportminer.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.MeasureStatus;

class EvalScorerTest {
    private static final String TEXT = "（一）落实政策方面\n1.完成规划。2.产量4.5亿吨。\n（二）队伍建设方面\n推进“十五五”规划，投资3万元。";

    private static Measure measure(int at) {
        return new Measure("1.", 1, "m", MeasureStatus.DONE, null, null, null, at, at + 1, List.of());
    }

    private static Count count(String raw, String value, String unit) {
        int at = TEXT.indexOf(raw);
        return new Count(new BigDecimal(value), false, raw, unit, null, null, at, at + raw.length(), List.of());
    }

    private static Extraction extraction(List<Finding> findings, List<Count> counts) {
        return new Extraction("t", "某局", 2025, null, "巡视整改进展情况", List.of(), findings, counts, List.of(),
                List.of());
    }

    @Test
    void aGoldFindingIsFoundWhenAnExtractedFindingStartsWithItsTextLabelIgnored() {
        Finding f1 = new Finding("F1", null, null, null, "（一）落实政策方面", 0, 9, List.of(measure(11), measure(17)),
                List.of());
        Finding stray = new Finding("F2", null, null, null, "推进规划", 40, 44, List.of(), List.of());
        GoldReport gold = new GoldReport("r.txt", null, null, null, null, true,
                List.of(new GoldFinding("（一）", "落实政策方面", 2, null), new GoldFinding("（二）", "队伍建设方面", 0, null)),
                null, List.of());
        ReportScore s = new EvalScorer().score(gold, TEXT, extraction(List.of(f1, stray), List.of()));
        assertEquals(2, s.goldFindings());
        assertEquals(1, s.foundFindings());
        assertEquals(2, s.extractedFindings());
        assertEquals(1, s.measuresRight());
        EvalSummary sum = new EvalSummary(List.of(s));
        assertEquals(0.5, sum.findingRecall());
        assertEquals(0.5, sum.findingPrecision());
        assertTrue(s.misses().contains("finding not found: （二）队伍建设方面"), s.misses().toString());
        assertTrue(s.misses().contains("finding not in the gold: 推进规划"), s.misses().toString());
    }

    @Test
    void aStatedNumberNeedsTheScaledValueTheUnitAndToLieInsideItsQuote() {
        List<Count> counts = List.of(count("4.5亿吨", "450000000", "吨"), count("3万元", "30000", "元"));
        GoldReport gold = new GoldReport("r.txt", null, null, null, null, true, null, List.of(
                new GoldNumber("coal", new BigDecimal("4.5"), null, "亿吨", "产量4.5亿吨", null),
                new GoldNumber("money", new BigDecimal("3"), null, "万元", "投资3万元", null),
                new GoldNumber("wrongUnit", new BigDecimal("3"), null, "万个", "投资3万元", null),
                new GoldNumber("elsewhere", new BigDecimal("4.5"), null, "亿吨", "完成规划", null)), List.of());
        ReportScore s = new EvalScorer().score(gold, TEXT, extraction(List.of(), counts));
        assertEquals(4, s.statedGold());
        assertEquals(2, s.statedFound(), s.misses().toString());
    }

    @Test
    void aCountInsideAFixedTermIsCountedAgainstTheExtraction() {
        int at = TEXT.indexOf("十五");
        Count bad = new Count(new BigDecimal("15"), false, "十五", "", null, null, at, at + 2, List.of());
        GoldReport gold = new GoldReport("r.txt", null, null, null, null, true, null, null, List.of("十五五"));
        assertEquals(1, new EvalScorer().score(gold, TEXT, extraction(List.of(), List.of(bad))).fixedTermCounts());
    }

    @Test
    void metadataIsRightWhenEqualAndKindMayBeTheShorterName() {
        GoldReport gold = new GoldReport("r.txt", "某局", 2024, "巡视整改进展情况通报（省委巡视）", null, true, null, null,
                List.of());
        ReportScore s = new EvalScorer().score(gold, TEXT, extraction(List.of(), List.of()));
        assertEquals(3, s.metadataAnnotated());
        assertEquals(3, s.metadataFilled());
        assertEquals(2, s.metadataRight(), "the year differs: " + s.misses());
    }
}
