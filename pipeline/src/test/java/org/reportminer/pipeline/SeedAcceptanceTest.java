package org.reportminer.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.testing.SharedData;

/** The seeds' expected files ({@code shared/seeds/expected/*.json}) are met exactly by the seed .txt files. */
class SeedAcceptanceTest {

    private static String text000;
    private static String text001;
    private static Extraction e000;
    private static Extraction e001;

    @BeforeAll
    static void extract() {
        ReportExtractor extractor = ReportExtractor.standard();
        text000 = SharedData.seedText("000");
        text001 = SharedData.seedText("001");
        e000 = extractor.extract(text000);
        e001 = extractor.extract(text001);
    }

    @Test
    void seedOffsetsAreExact() {
        Invariants.assertOffsets(text000, e000);
        Invariants.assertOffsets(text001, e001);
    }

    @Test
    void seed000HasItsAreasGroupsFindingsAndMeasures() {
        SeedExpectations.areasGroupsFindingsAndMeasures000(e000);
    }

    @Test
    void seed000YearIsInferredFromItsEventsWithEvidence() {
        SeedExpectations.yearInferredWithEvidence000(e000);
    }

    @Test
    void seed000ReportsTheRepeatedMeasureLabelAndKeepsBothMeasures() {
        SeedExpectations.repeatedMeasureLabel000(e000);
    }

    @Test
    void seed000MaskedStatedTotalsAreKeptWithoutValueAndNotChecked() {
        SeedExpectations.maskedStatedTotals000(e000);
    }

    @Test
    void seed001HasItsTitleKindYearAndSections() {
        SeedExpectations.titleKindYearAndSections001(text001, e001);
    }

    @Test
    void seed001FindingsAreTheProblemsWithoutMeasures() {
        SeedExpectations.findingsWithoutMeasures001(text001, e001);
    }

    @Test
    void seed001CountsBreakdownsAndProgressAreFound() {
        SeedExpectations.countsBreakdownsAndProgress001(e001);
    }

    @Test
    void seed001FixedTermsAreNeverCounted() {
        SeedExpectations.fixedTermsNeverCounted001(text001, e001);
    }
}
