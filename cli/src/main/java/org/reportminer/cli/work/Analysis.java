package org.reportminer.cli.work;

import java.util.List;
import org.reportminer.corpus.ingest.MetadataLimits;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Report;
import org.reportminer.pipeline.classify.ProblemTaxonomy;
import org.reportminer.pipeline.ReportExtractor;

/**
 * Attaches an extraction to an ingested report and gives each finding its problem category from the taxonomy
 * (so the ledger's 问题类别 column, the store and cross-year comparison agree). Metadata the user gave (command line
 * or sidecar) wins; what the extraction found fills the gaps. A report with no title line is titled by its file
 * name, so lists and search hits always show something a person recognises. Every value ends up one line within
 * {@link MetadataLimits}. Thread-safe.
 */
public final class Analysis {
    private final ReportExtractor extractor;
    private final ProblemTaxonomy taxonomy;

    public Analysis(ReportExtractor extractor, ProblemTaxonomy taxonomy) {
        this.extractor = extractor;
        this.taxonomy = taxonomy;
    }

    /** Extracts {@code report}'s text and returns the report with the extraction and completed metadata. */
    public Report analyse(Report report) {
        Extraction ex = categorise(extractor.extract(report.text()));
        // Extracted values and file names are cut to the metadata limits (the user's own were checked on input):
        // a heading line of 40,000 characters must not become a title, an org or a kind of that length.
        return report.withExtraction(ex).withMetadata(
                MetadataLimits.fit(report.title() != null ? report.title()
                        : ex.title() != null ? ex.title() : fileTitle(report), MetadataLimits.MAX_TITLE_CHARS),
                MetadataLimits.fit(report.org() != null ? report.org() : ex.org(), MetadataLimits.MAX_ORG_CHARS),
                report.year() != null ? report.year() : ex.year(),
                MetadataLimits.fit(report.kind() != null ? report.kind() : ex.kind(), MetadataLimits.MAX_KIND_CHARS));
    }

    private Extraction categorise(Extraction ex) {
        List<Finding> findings = ex.findings().stream()
                .map(f -> f.category() != null ? f : f.withCategory(taxonomy.classify(f.text()).category()))
                .toList();
        return new Extraction(ex.title(), ex.org(), ex.year(), ex.yearEvidence(), ex.kind(), ex.sections(), findings,
                ex.counts(), ex.statedTotals(), ex.checks());
    }

    private static String fileTitle(Report report) {
        if (report.source() == null) {
            return null;
        }
        java.nio.file.Path name = java.nio.file.Path.of(report.source()).getFileName();
        return name == null ? null : name.toString().replaceFirst("(\\.[A-Za-z0-9]+)+$", "");
    }
}
