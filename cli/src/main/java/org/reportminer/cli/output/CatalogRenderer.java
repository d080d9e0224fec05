package org.reportminer.cli.output;

import java.io.PrintWriter;
import java.util.List;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.ReportSummary;
import org.reportminer.pipeline.render.MarkdownRenderer;

/** The store for a person: the list of reports, and one report's header and outline. */
public final class CatalogRenderer {
    private CatalogRenderer() {
    }

    /** One row per report, then {@code N reports in STORE}. */
    public static void list(List<ReportSummary> all, String store, PrintWriter out) {
        // "read": "ocr 0.93" for a scan read by OCR, the quality score of a PDF's text layer, else empty
        TextTable t = new TextTable(List.of("id", "year", "org", "kind", "chars", "read", "title"), 0, 0, 20, 24, 0,
                0, 40);
        all.forEach(s -> t.row(s.id(), s.year(), s.org(), s.kind(), s.chars(), s.reading(), s.title()));
        t.print(out);
        out.println(all.size() + " report" + (all.size() == 1 ? "" : "s") + " in " + store);
    }

    private static String reading(Report r) {
        String score = r.quality() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", r.quality());
        if (r.ocr()) {
            return ", read by OCR" + (score.isEmpty() ? "" : ", quality " + score);
        }
        return score.isEmpty() ? "" : ", text quality " + score;
    }

    /** Id, metadata and source on two lines, then the Markdown outline of what was extracted. */
    public static void show(Report r, PrintWriter out) {
        out.printf("id %s  year %s  org %s  kind %s%nsource %s (%s%s, %d bytes%s)%n%n", r.id(), r.year(),
                r.org(), r.kind(), r.source(), r.mediaType(), r.charset() == null ? "" : ", " + r.charset(),
                r.bytes(), (r.truncated() ? ", TRUNCATED at the write limit" : "") + reading(r));
        if (r.extraction() != null) {
            out.print(new MarkdownRenderer().render(r.extraction()));
        }
    }
}
