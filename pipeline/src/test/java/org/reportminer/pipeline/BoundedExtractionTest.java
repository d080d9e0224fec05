package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Check;
import org.reportminer.corpus.model.CheckKind;
import org.reportminer.corpus.model.Extraction;

/**
 * The hostile texts of issue 13, scaled down so that the old code fails them in seconds rather than minutes: label
 * storms made the numbering checks quote every label in every check (quadratic memory), a digit run was tried by a
 * stated-totals pattern from each of its digits (quadratic time), and the finding rules scanned every draft or heading
 * per line. The full-size figures (100k lines, 1 M characters under -Xmx1g) are in RELIABILITY.md.
 */
class BoundedExtractionTest {

    private static ReportExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ReportExtractor.standard();
    }

    private static String lines(int n, IntFunction<String> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(line.apply(i)).append('\n');
        }
        return sb.toString();
    }

    private static Extraction extract(String text) {
        Extraction e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.extract(text));
        Invariants.assertOffsets(text, e);
        return e;
    }

    private static long checkChars(Extraction e) {
        return e.checks().stream().mapToLong(c -> c.message().length()).sum();
    }

    @Test
    void aStormOfRepeatedCircledMeasuresGivesAFewChecksAndACount() {
        String text = "一、存在的问题\n1.理论学习不深入，中心组学习流于形式。\n整改措施：\n" + lines(3000, i -> "①建立学习制度，已完成。");
        Extraction e = extract(text);
        List<Check> repeats = e.checks().stream().filter(c -> c.kind() == CheckKind.NUMBERING_REPEAT && !c.ok())
                .toList();
        // before: 2,999 checks, each quoting all 3,000 labels (27 M characters)
        // (the storm is read twice, as measures and as headings: two sequences, each 20 checks and a count)
        assertTrue(repeats.size() <= 42, repeats.size() + " repeat checks");
        assertTrue(checkChars(e) < 50_000, checkChars(e) + " characters of checks");
        assertTrue(repeats.stream().anyMatch(c -> c.message().endsWith(" more repeated labels")), repeats.toString());
    }

    @Test
    void aStormOfParenthesisedHeadingsGivesBoundedChecks() {
        Extraction e = extract(lines(4000, i -> "（一）问题" + i));
        assertTrue(checkChars(e) < 50_000, checkChars(e) + " characters of checks");
    }

    @Test
    void aStormOfNumberedHeadingsWithGapsGivesBoundedChecks() {
        Extraction e = extract(lines(4000, i -> (i * 2 + 1) + ".关于部分收入未及时缴库的问题"));
        assertTrue(checkChars(e) < 50_000, checkChars(e) + " characters of checks");
    }

    @Test
    void aLongDigitRunIsReadInLinearTime() {
        // before: 10k digits 24 s, 20k 84 s (the 个方面 pattern retried the run from every digit)
        String text = "一、存在的问题\n1.问题" + "7".repeat(60_000) + "个。\n";
        Extraction e = extract(text);
        assertEquals(1, e.findings().size());
    }

    /** Found by {@link ExtractionFuzzTest} (seed 13): the count patterns retried a unit-less digit run from each digit. */
    @Test
    void fuzzFoundADigitRunWithoutAUnitWasQuadraticInTheCountsStage() {
        String text = "一、存在的问题\n1.问题" + "3".repeat(60_000) + "。共发现问题" + "5".repeat(20_000) + "\n";
        Extraction e = extract(text);
        assertTrue(e.counts().isEmpty(), e.counts().toString());
    }

    @Test
    void manyProblemHeadingsAndMixedEnumerationsStayLinear() {
        String text = lines(6_000, i -> switch (i % 6) {
            case 0 -> "一、关于部分收入未及时缴库的问题";
            case 1 -> "（一）“学习不深入”的问题";
            case 2 -> "1.发现问题3个。";
            case 3 -> "①整改措施，已完成。";
            case 4 -> "针对“制度不健全”的问题，已完成。";
            default -> "一是学习不够，二是落实不够。";
        });
        Extraction e = extract(text);
        assertTrue(e.findings().size() > 500, e.findings().size() + " findings");
    }
}
