package org.reportminer.cli.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.reportminer.index.backend.SolrTarget;

/**
 * What to compare.
 *
 * @param store     the store folder
 * @param org       only this organisation (any alias of its name), or {@code null} for every organisation; with
 *                  {@code reportIds}, the name the comparison goes under
 * @param years     only reports of these years (ignored with {@code reportIds})
 * @param reportIds exactly these reports (two or more), or {@code null} to group the store's reports by organisation
 * @param html      also write a self-contained HTML page here ({@code NAME-1.html}, {@code NAME-2.html} … when
 *                  several organisations are compared), or {@code null}
 * @param solr      the SolrCloud collection whose reports are compared (those of the store it holds), or {@code null}
 *                  for every stored report
 */
public record CompareRequest(Path store, String org, YearRange years, List<String> reportIds, Path html,
                             SolrTarget solr) {
    /** A comparison of the stored reports, without a Solr collection. */
    public CompareRequest(Path store, String org, YearRange years, List<String> reportIds, Path html) {
        this(store, org, years, reportIds, html, null);
    }

    public CompareRequest {
        Objects.requireNonNull(store, "store");
        years = years == null ? YearRange.ALL : years;
        reportIds = reportIds == null ? null : List.copyOf(reportIds);
    }
}
