package org.reportminer.cli.web.view;

import java.util.List;
import org.reportminer.corpus.model.Section;

/**
 * The report page: the marked text, the outline beside it, the failed checks, and the metadata form.
 *
 * @param id       the report id
 * @param title    its title
 * @param org      its organisation, or {@code null}
 * @param year     its year, or {@code null}
 * @param kind     its kind, or {@code null}
 * @param source   the file name it was read from
 * @param findings findings extracted
 * @param measures measures extracted
 * @param counts   counts extracted
 * @param outline  the section tree
 * @param text     the text with findings, measures and counts marked
 * @param checks   the failed checks, each linked to its place
 * @param error    a metadata error to show beside the form, or {@code null}
 * @param reading  how the text was read (media type, charset, OCR, quality score), in words
 */
public record ReportPage(String id, String title, String org, Integer year, String kind, String source, int findings,
                         int measures, int counts, List<Section> outline, List<Markup.Node> text,
                         List<CheckLink> checks, String error, String reading) {

    /** A failed check and the anchor of its place in the text ({@code null} when it names none). */
    public record CheckLink(String kind, String message, String href) {
    }
}
