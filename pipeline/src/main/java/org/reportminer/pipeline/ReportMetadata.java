package org.reportminer.pipeline;

import java.nio.file.Path;
import org.reportminer.corpus.ingest.MetadataLimits;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Report;

/**
 * A report's metadata as every command shows, stores, indexes and compares it: the one merge of what the user gave
 * and what the text says. Precedence, highest first:
 * <ol>
 *   <li>the command line ({@code --org --year --kind});</li>
 *   <li>the sidecar {@code NAME.meta.json} (these two are merged when the file is read, and the report carries the
 *       result: {@link org.reportminer.corpus.ingest.MetadataOverrides#orElse});</li>
 *   <li>what the extraction found;</li>
 *   <li>for the title only, the file name without its extensions, so lists and hits always show something a person
 *       recognises.</li>
 * </ol>
 * A blank value counts as absent. Every value is one line within {@link MetadataLimits}: the user's own were checked
 * on input, extracted ones and file names are cut to fit (a heading line of 40,000 characters must not become a
 * title, an org or a kind of that length).
 *
 * @param title the title, or {@code null}
 * @param org   the organisation, or {@code null}
 * @param year  the year, or {@code null}
 * @param kind  the report kind, or {@code null}
 */
public record ReportMetadata(String title, String org, Integer year, String kind) {

    /** The merged metadata of {@code report}, using its extraction when it has one. */
    public static ReportMetadata of(Report report) {
        Extraction ex = report.extraction();
        String title = pick(report.title(), ex == null ? null : ex.title(), MetadataLimits.MAX_TITLE_CHARS);
        return new ReportMetadata(
                title != null ? title : MetadataLimits.fit(fileTitle(report), MetadataLimits.MAX_TITLE_CHARS),
                pick(report.org(), ex == null ? null : ex.org(), MetadataLimits.MAX_ORG_CHARS),
                report.year() != null ? report.year() : ex == null ? null : ex.year(),
                pick(report.kind(), ex == null ? null : ex.kind(), MetadataLimits.MAX_KIND_CHARS));
    }

    /** {@code report} carrying this metadata. */
    public Report applyTo(Report report) {
        return report.withMetadata(title, org, year, kind);
    }

    /** The given value as it is (checked on input; the index bounds it again), else the extracted one cut to fit. */
    private static String pick(String given, String extracted, int maxChars) {
        return given != null && !given.isBlank() ? given : MetadataLimits.fit(extracted, maxChars);
    }

    private static String fileTitle(Report report) {
        if (report.source() == null) {
            return null;
        }
        Path name = Path.of(report.source()).getFileName();
        return name == null ? null : name.toString().replaceFirst("(\\.[A-Za-z0-9]+)+$", "");
    }
}
