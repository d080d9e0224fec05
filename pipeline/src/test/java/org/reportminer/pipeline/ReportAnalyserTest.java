package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.corpus.model.Report;
import org.reportminer.pipeline.extract.Metadata;

/** The analysis every command shares, over stub stages so no segmenter is loaded. */
class ReportAnalyserTest {

    /** Provides everything an extraction holds; the metadata says 青禾市科协, 2020, title 抽取标题. */
    private static final Stage ALL = Stage.of("all", Set.of(Artifact.TEXT), EnumSet.of(Artifact.OUTLINE,
                    Artifact.COUNTS, Artifact.STATED_TOTALS, Artifact.FINDINGS, Artifact.METADATA, Artifact.CHECKS),
            d -> d.withMetadata(new Metadata("抽取标题", "青禾市科协", 2020, "stated", "巡察整改进展情况")));

    private static Report report(String source, String title, String org, Integer year) {
        return new Report("0123456789abcdef", source, "text/plain", "UTF-8", 3, "0".repeat(64), title, org, year, null,
                false, "正文。", null, null);
    }

    @Test
    void aFailingStageBecomesAnExtractionFailedProblemNamingTheFileAndTheStage() {
        Stage failing = Stage.of("explode", Set.of(Artifact.TEXT), Set.of(Artifact.CATEGORIES), d -> {
            throw new IllegalStateException("boom");
        });
        ReportAnalyser a = new ReportAnalyser(new ReportExtractor(null, List.of(ALL, failing)));
        IngestResult r = a.analyse(report("/data/2021年报告.txt", null, null, null));
        Problem p = r.asProblem().orElseThrow();
        assertEquals(ProblemKind.EXTRACTION_FAILED, p.kind());
        assertEquals("/data/2021年报告.txt: extraction failed in stage explode: IllegalStateException: boom", p.line());
    }

    @Test
    void givenMetadataWinsOverExtractedAndExtractedFillsTheGaps() {
        ReportAnalyser a = new ReportAnalyser(new ReportExtractor(null, List.of(ALL)));
        Report r = a.analyse(report("/data/x.txt", null, "XX侨联", null)).asReport().orElseThrow();
        assertEquals("抽取标题", r.title());
        assertEquals("XX侨联", r.org());
        assertEquals(2020, r.year());
        assertEquals("巡察整改进展情况", r.kind());
        assertEquals("青禾市科协", r.extraction().org(), "the extraction keeps what the text says");
    }

    @Test
    void anExtractorWhoseStagesLeaveOutPartOfAnExtractionIsRejectedNamingWhatIsMissing() {
        Stage only = Stage.of("metadata", Set.of(Artifact.TEXT), Set.of(Artifact.METADATA), d -> d);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReportExtractor(null, List.of(only)));
        assertTrue(e.getMessage().startsWith("no stage provides [OUTLINE, COUNTS, STATED_TOTALS, FINDINGS, CHECKS]"),
                e.getMessage());
    }
}
