package org.reportminer.cli.work;

import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Report;
import org.reportminer.pipeline.ReportExtractor;

/**
 * Attaches an extraction to an ingested report. Metadata the user gave (command line or sidecar) wins; what the
 * extraction found fills the gaps. A report with no title line is titled by its file name, so lists and search hits
 * always show something a person recognises.
 */
public final class Analysis {
    private final ReportExtractor extractor;

    public Analysis(ReportExtractor extractor) {
        this.extractor = extractor;
    }

    /** Extracts {@code report}'s text and returns the report with the extraction and completed metadata. */
    public Report analyse(Report report) {
        Extraction ex = extractor.extract(report.text());
        return report.withExtraction(ex).withMetadata(
                report.title() != null ? report.title() : ex.title() != null ? ex.title() : fileTitle(report),
                report.org() != null ? report.org() : ex.org(),
                report.year() != null ? report.year() : ex.year(),
                report.kind() != null ? report.kind() : ex.kind());
    }

    private static String fileTitle(Report report) {
        if (report.source() == null) {
            return null;
        }
        java.nio.file.Path name = java.nio.file.Path.of(report.source()).getFileName();
        return name == null ? null : name.toString().replaceFirst("(\\.[A-Za-z0-9]+)+$", "");
    }
}
