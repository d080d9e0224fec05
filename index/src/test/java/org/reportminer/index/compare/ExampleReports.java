package org.reportminer.index.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.ingest.Ingester;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Report;
import org.reportminer.pipeline.ReportExtractor;

/**
 * Real files through the real front end: ingests a file with {@link Ingester}, extracts it with
 * {@link ReportExtractor} and returns the report with its extraction, as {@code reportminer ingest} + {@code extract}
 * would. Also maps annotated text prefixes to extracted findings.
 */
final class ExampleReports {

    private ExampleReports() {
    }

    /**
     * Ingests and extracts {@code file}.
     *
     * @param overrides metadata the user would give at ingest ({@code --org --year}); {@link MetadataOverrides#none()}
     * @throws AssertionError when ingestion fails (the message names the file and the reason)
     */
    static Report ingestAndExtract(Ingester ingester, ReportExtractor extractor, Path file, MetadataOverrides overrides) {
        IngestResult r = ingester.ingest(file, overrides);
        Report report = r.asReport().orElseThrow(() -> new AssertionError(file + ": " + r.asProblem().orElseThrow()));
        return report.withExtraction(extractor.extract(report.text()));
    }

    /** Ingests every file with one ingester, closing it afterwards. */
    static List<Report> ingestAll(ReportExtractor extractor, List<Path> files, List<MetadataOverrides> overrides) {
        List<Report> out = new ArrayList<>();
        try (Ingester ingester = new Ingester()) {
            for (int i = 0; i < files.size(); i++) {
                out.add(ingestAndExtract(ingester, extractor, files.get(i), overrides.get(i)));
            }
        }
        return out;
    }

    /**
     * The finding of {@code findings} whose text starts with one of {@code prefixes} (after leading label/quote
     * characters), else the first whose text contains one.
     */
    static Optional<FindingRef> byPrefix(List<FindingRef> findings, String... prefixes) {
        for (FindingRef f : findings) {
            String t = stripLead(f.text());
            for (String p : prefixes) {
                if (p != null && t.startsWith(stripLead(p))) {
                    return Optional.of(f);
                }
            }
        }
        for (FindingRef f : findings) {
            for (String p : prefixes) {
                if (p != null && f.text().contains(stripLead(p))) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** The text of a finding of a report, checked against the report text (offsets are sacred). */
    static String checkedText(Report r, Finding f) {
        String covered = r.text().substring(f.start(), f.end());
        if (!covered.equals(f.surface())) {
            throw new AssertionError(r.source() + " finding " + f.id() + " text differs from its span");
        }
        return covered;
    }

    private static String stripLead(String s) {
        int i = 0;
        while (i < s.length() && " \u3000“\"‘".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i);
    }
}
