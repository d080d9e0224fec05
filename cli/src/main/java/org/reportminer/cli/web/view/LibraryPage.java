package org.reportminer.cli.web.view;

import java.util.List;
import org.reportminer.corpus.store.ReportSummary;

/**
 * The library: the upload zone, the facets and the reports that pass the filters.
 *
 * @param reports  the reports shown
 * @param total    reports in the store
 * @param facets   year, organisation and kind
 * @param filtered whether a filter is set
 * @param maxMb    the upload limit in MB
 */
public record LibraryPage(List<ReportSummary> reports, int total, List<Facet> facets, boolean filtered, long maxMb) {
}
