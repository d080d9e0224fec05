package org.reportminer.pipeline.correct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Correction;
import org.reportminer.corpus.model.CorrectionKind;
import org.reportminer.corpus.model.CorrectionOverlay;
import org.reportminer.corpus.model.CorrectionTarget;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.FindingDetail;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.MeasureStatus;

/** Corrections on a small hand-built extraction: each kind, the three ways of re-attaching, and orphans. */
class CorrectionApplierTest {
    // 0         1         2         3         4         5
    // 012345678901234567890123456789012345678901234567890123456
    private static final String TEXT = "公务接待不规范，台账不全\n①清理台账，已完成。②修订办法，正在推进。\n资金拨付滞后\n①复核项目。\n";
    private final CorrectionApplier applier = new CorrectionApplier();

    private static Extraction extraction(String text) {
        return new Extraction("t", "o", 2021, null, "k", List.of(), List.of(
                finding(text, "F1", "公务接待不规范，台账不全", measure(text, "①", 1, "清理台账，已完成。", MeasureStatus.DONE),
                        measure(text, "②", 2, "修订办法，正在推进。", MeasureStatus.IN_PROGRESS)),
                finding(text, "F2", "资金拨付滞后", measure(text, "①", 1, "复核项目。", MeasureStatus.UNKNOWN))),
                List.of(), List.of(), List.of());
    }

    private static Finding finding(String text, String id, String surface, Measure... measures) {
        int start = text.indexOf(surface);
        return new Finding(id, null, null, null, surface, start, start + surface.length(), FindingDetail.NONE,
                List.of(measures), List.of());
    }

    private static Measure measure(String text, String label, int ordinal, String surface, MeasureStatus status) {
        int start = text.indexOf(surface);
        return new Measure(label, ordinal, surface, status, status == MeasureStatus.UNKNOWN ? null : "x", null, null,
                start, start + surface.length(), List.of());
    }

    private static CorrectionTarget target(Extraction e, String ref) {
        return TargetRef.parse(ref).resolve(e);
    }

    private CorrectedExtraction apply(Extraction e, String text, Correction... cs) {
        return applier.apply(e, text, new CorrectionOverlay("0123456789abcdef", List.of(cs)));
    }

    /** Every finding as {@code id start-end surface [statuses]}: one string shows the whole shape. */
    private static String shape(Extraction e, String text) {
        return e.findings().stream().map(f -> {
            assertEquals(f.surface(), text.substring(f.start(), f.end()), "surface of " + f.id());
            return f.id() + " " + f.span() + " " + f.surface() + " "
                    + f.measures().stream().map(m -> m.status().name()).toList();
        }).collect(Collectors.joining("; "));
    }

    @Test
    void noCorrectionsGiveTheStoredExtractionItself() {
        Extraction e = extraction(TEXT);
        assertSame(e, applier.apply(e, TEXT, CorrectionOverlay.empty("0123456789abcdef")).extraction());
    }

    @Test
    void aMeasureStatusResponsibleAndTimeframeAreSetAndTheStatusSaysItWasCorrected() {
        Extraction e = extraction(TEXT);
        CorrectionTarget m = target(e, "F1.M2");
        CorrectedExtraction c = apply(e, TEXT, new Correction(CorrectionKind.STATUS, m, "DONE", null, null),
                new Correction(CorrectionKind.RESPONSIBLE, m, "局办公室", null, null),
                new Correction(CorrectionKind.TIMEFRAME, m, "年底前", null, null));
        Measure got = c.extraction().findings().get(0).measures().get(1);
        assertEquals(List.of(MeasureStatus.DONE, CorrectionApplier.CORRECTED, "局办公室", "年底前"),
                List.of(got.status(), got.statusEvidence(), got.responsible(), got.timeframe()));
        assertEquals(List.of(Attachment.State.EXACT, Attachment.State.EXACT, Attachment.State.EXACT),
                c.attachments().stream().map(Attachment::state).toList());
        // the stored extraction is an input, never changed
        assertEquals(MeasureStatus.IN_PROGRESS, e.findings().get(0).measures().get(1).status());
    }

    @Test
    void aFindingStatusGoesIntoItsDetail() {
        Extraction e = extraction(TEXT);
        CorrectedExtraction c = apply(e, TEXT,
                new Correction(CorrectionKind.STATUS, target(e, "F2"), "PLANNED", null, null));
        assertEquals(MeasureStatus.PLANNED, c.extraction().findings().get(1).detail().status());
    }

    @Test
    void aMergedFindingSpansBothAndAFalseFindingLeavesAndTheRestAreNumberedAgain() {
        Extraction e = extraction(TEXT);
        CorrectedExtraction merged = apply(e, TEXT,
                new Correction(CorrectionKind.MERGE, target(e, "F2"), null, target(e, "F1"), null));
        assertEquals("F1 0-41 " + TEXT.substring(0, 41) + " [DONE, IN_PROGRESS, UNKNOWN]",
                shape(merged.extraction(), TEXT));
        assertEquals(CorrectionApplier.MERGE_CUE, merged.extraction().findings().get(0).detail().evidence());
        CorrectedExtraction gone = apply(e, TEXT,
                new Correction(CorrectionKind.FALSE_FINDING, target(e, "F1"), null, null, null));
        assertEquals("F1 35-41 资金拨付滞后 [UNKNOWN]", shape(gone.extraction(), TEXT));
    }

    @Test
    void aSplitGivesTwoFindingsWhoseSpansPartitionTheOriginal() {
        Extraction e = extraction(TEXT);
        CorrectedExtraction c = apply(e, TEXT,
                new Correction(CorrectionKind.SPLIT, target(e, "F1"), null, null, 8));
        assertEquals("F1 0-8 公务接待不规范， [DONE, IN_PROGRESS]; F2 8-12 台账不全 []; F3 35-41 资金拨付滞后 [UNKNOWN]",
                shape(c.extraction(), TEXT));
        assertEquals(CorrectionApplier.SPLIT_CUE, c.extraction().findings().get(1).detail().evidence());
    }

    @Test
    void laterCorrectionsSeeEarlierOnesSoASplitPartCanBeCorrected() {
        Extraction e = extraction(TEXT);
        Correction split = new Correction(CorrectionKind.SPLIT, target(e, "F1"), null, null, 8);
        Extraction afterSplit = apply(e, TEXT, split).extraction();
        Correction status = new Correction(CorrectionKind.STATUS, target(afterSplit, "F2"), "DONE", null, null);
        Extraction both = apply(e, TEXT, split, status).extraction();
        assertEquals("台账不全", both.findings().get(1).surface());
        assertEquals(MeasureStatus.DONE, both.findings().get(1).detail().status());
    }

    @Test
    void afterReExtractionACorrectionFindsItsTextNearestTheOldOffsetOrIsOrphaned() {
        Extraction e = extraction(TEXT);
        Correction status = new Correction(CorrectionKind.STATUS, target(e, "F1.M2"), "DONE", null, null);
        Correction split = new Correction(CorrectionKind.SPLIT, target(e, "F1"), null, null, 8);
        Correction falseOne = new Correction(CorrectionKind.FALSE_FINDING, target(e, "F2"), null, null, null);
        // a new paragraph before everything moves every offset by 5; the second finding is no longer extracted
        String moved = "前言一段\n" + TEXT;
        Extraction again = extraction(moved);
        again = new Extraction("t", "o", 2021, null, "k", List.of(), List.of(again.findings().get(0)), List.of(),
                List.of(), List.of());
        CorrectedExtraction c = apply(again, moved, status, split, falseOne);
        assertEquals(List.of(Attachment.State.MOVED, Attachment.State.MOVED, Attachment.State.ORPHANED),
                c.attachments().stream().map(Attachment::state).toList());
        assertEquals("F1 5-13 公务接待不规范， [DONE, DONE]; F2 13-17 台账不全 []", shape(c.extraction(), moved));
        assertEquals(1, c.orphans().size());
        assertEquals(3, c.orphans().get(0).number());
    }

    @Test
    void aTargetWhoseTextGrewAFewCharactersIsStillFoundWhereItOverlaps() {
        Extraction e = extraction(TEXT);
        Correction status = new Correction(CorrectionKind.STATUS, target(e, "F2"), "DONE", null, null);
        // extraction improved: the finding now runs to the end of its line with a trailing clause
        String longer = TEXT.replace("资金拨付滞后\n", "资金拨付滞后，绩效不明\n");
        Extraction again = new Extraction("t", "o", 2021, null, "k", List.of(), List.of(
                finding(longer, "F1", "资金拨付滞后，绩效不明")), List.of(), List.of(), List.of());
        CorrectedExtraction c = apply(again, longer, status);
        assertEquals(Attachment.State.MOVED, c.attachments().get(0).state());
        assertEquals(MeasureStatus.DONE, c.extraction().findings().get(0).detail().status());
    }

    @Test
    void referencesNameWhatExistsWhenWrong() {
        Extraction e = extraction(TEXT);
        assertEquals("no finding F9 in this report (F1–F2)",
                assertThrows(IllegalArgumentException.class, () -> TargetRef.parse("F9").resolve(e)).getMessage());
        assertEquals("no measure F2.M3: F2 has M1–M1",
                assertThrows(IllegalArgumentException.class, () -> TargetRef.parse("f2.m3").resolve(e)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TargetRef.parse("3"));
        assertThrows(IllegalArgumentException.class, () -> TargetRef.parse("F3.2"));
    }
}
