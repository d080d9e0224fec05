package org.reportminer.index.search;

import java.util.List;
import org.reportminer.index.schema.Level;

/**
 * One search hit. The JSON contract is {@code level, reportId, year, org, kind, findingId, text, highlighted, score,
 * path[]}; {@code title} is extra (the report title, for display).
 *
 * @param level       what the hit is; its {@code toString()} is the lower-case id ({@code finding})
 * @param reportId    the report's id
 * @param year        the report year, or {@code null}
 * @param org         the organisation, or {@code null}
 * @param kind        the report kind, or {@code null}
 * @param findingId   the finding ({@code F3}) this item is or belongs to, or {@code null}
 * @param text        the item's text; for a report hit, its title (the full text is too long to show)
 * @param highlighted {@code text} with matches marked; for long texts (reports, long sections) a snippet of
 *                    marked passages joined by {@code …}
 * @param score       the relevance score (higher is better; comparable only within one result)
 * @param path        section headings from outermost to innermost; empty for reports
 * @param title       the report title, or {@code null}
 */
public record Hit(Level level, String reportId, Integer year, String org, String kind, String findingId, String text,
                  String highlighted, float score, List<String> path, String title) {

    public Hit {
        path = List.copyOf(path);
    }
}
