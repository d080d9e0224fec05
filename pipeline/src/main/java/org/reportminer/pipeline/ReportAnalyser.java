package org.reportminer.pipeline;

import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.corpus.model.Report;

/**
 * The analysis of one ingested report, the same under {@code ingest}, {@code extract}, {@code ledger} and
 * {@code reindex}: the {@link ReportExtractor}'s extraction (findings already categorised) is attached, and the
 * report's metadata is completed by {@link ReportMetadata#of} (command line > sidecar > extracted > file name).
 *
 * <p>A failing stage costs this one report, never the batch: it comes back as an
 * {@link ProblemKind#EXTRACTION_FAILED} problem that names the file and the stage. Thread-safe.
 */
public final class ReportAnalyser {
    private final ReportExtractor extractor;

    public ReportAnalyser(ReportExtractor extractor) {
        this.extractor = extractor;
    }

    /** The extractor behind this analysis. */
    public ReportExtractor extractor() {
        return extractor;
    }

    /**
     * {@code report} with its extraction and completed metadata, or the problem that stopped the extraction.
     *
     * @return {@link IngestResult.Ingested} with the analysed report, or {@link IngestResult.Failed} with an
     *         {@link ProblemKind#EXTRACTION_FAILED} problem whose source is the report's file
     */
    public IngestResult analyse(Report report) {
        Extraction ex;
        try {
            ex = extractor.extract(report.text());
        } catch (RuntimeException | StackOverflowError e) {
            // Extraction bugs must not lose the file or stop the batch: the file is reported with the cause.
            String message = e instanceof StageFailedException ? e.getMessage() : "extraction failed: " + e;
            return new IngestResult.Failed(new Problem(ProblemKind.EXTRACTION_FAILED,
                    report.source() != null ? report.source() : report.id(), message));
        }
        Report extracted = report.withExtraction(ex);
        return new IngestResult.Ingested(ReportMetadata.of(extracted).applyTo(extracted));
    }
}
