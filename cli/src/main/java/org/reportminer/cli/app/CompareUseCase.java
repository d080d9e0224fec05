package org.reportminer.cli.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.work.StoredCorrections;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.corpus.store.ReportSummary;
import org.reportminer.index.backend.ReportIndex;
import org.reportminer.index.compare.ComparisonResult;
import org.reportminer.index.compare.HtmlReportWriter;
import org.reportminer.index.compare.OrgNames;
import org.reportminer.index.compare.ReportComparer;

/**
 * Compare: an organisation's reports across years (recurring, new and resolved problems, copied text). Loads the
 * reports, leaves out those without a year or organisation, groups the rest by normalised organisation name and
 * compares each group of two or more; optionally writes an HTML page per comparison.
 *
 * <p>With a SolrCloud collection ({@link CompareRequest#solr()}), the reports compared are the stored reports the
 * collection holds: the store stays the source of their text and findings, and the collection says which of them the
 * shared backend knows, so every desk pointed at it compares the same set. A stored report the collection lacks is
 * left out with a warning naming {@code reindex --solr}; a named one ({@code --reports}) is an error.
 */
public final class CompareUseCase {
    private final Services services;

    /** A comparison of stored reports only (a request naming a Solr collection is refused). */
    public CompareUseCase() {
        this(null);
    }

    /** A comparison that can also ask a Solr collection which reports it holds (the segmenter comes from here). */
    public CompareUseCase(Services services) {
        this.services = services;
    }

    /**
     * The listener hears one warning per report left out (before any page is written) and one
     * {@link ProgressListener#wrote} per page.
     *
     * @throws CliException exit 3 when a named report is missing or has no year
     */
    public CompareOutcome compare(CompareRequest request, ProgressListener listener) {
        List<Report> reports = new ArrayList<>();
        List<CompareOutcome.Skipped> skipped = new ArrayList<>();
        load(request, reports, skipped, listener);
        if (request.solr() != null) {
            keepIndexed(request, reports, skipped, listener);
        }
        for (Report r : reports) {
            if (r.year() == null) {
                throw new CliException(ExitCodes.INPUT_PROBLEMS,
                        "report " + r.id() + " has no year; re-ingest it with --year");
            }
        }
        ReportComparer comparer = ReportComparer.standard();
        List<ComparisonResult> results = new ArrayList<>();
        if (request.reportIds() != null) {
            results.add(request.org() != null ? comparer.compare(request.org(), reports) : comparer.compare(reports));
        } else {
            OrgNames names = OrgNames.bundled();
            String wanted = request.org() == null ? null : names.key(request.org());
            List<Report> grouped = new ArrayList<>();
            for (Report r : reports) {
                if (r.org() == null || r.org().isBlank()) {
                    skipped.add(new CompareOutcome.Skipped(r.id(), "no organisation; set one with ingest --org"));
                } else if (wanted == null || wanted.equals(names.key(r.org()))) {
                    grouped.add(r);
                }
            }
            for (ComparisonResult cr : comparer.compareByOrg(grouped).values()) {
                if (cr.reports().size() >= 2) {
                    results.add(cr);
                }
            }
        }
        skipped.forEach(s -> listener.warned("skipped " + s.line()));
        Map<String, String> orgById = new LinkedHashMap<>();
        reports.forEach(r -> orgById.put(r.id(), r.org()));
        List<CompareOutcome.Comparison> comparisons = results.stream()
                .map(r -> new CompareOutcome.Comparison(displayName(r, orgById), r)).toList();
        List<Path> written = request.html() == null || results.isEmpty() ? List.of()
                : writeHtml(results, reports, request.html(), listener);
        return new CompareOutcome(comparisons, skipped, written);
    }

    /**
     * The named reports, or every stored report in the year range that has a year; each with the user's corrections
     * applied, so statuses and merged or split findings are compared as corrected.
     */
    private static void load(CompareRequest request, List<Report> reports, List<CompareOutcome.Skipped> skipped,
                             ProgressListener listener) {
        try (ReportStore s = ReportStore.openReadOnly(request.store(), listener::warned)) {
            if (request.reportIds() != null) {
                for (String id : request.reportIds()) {
                    reports.add(StoredCorrections.corrected(s, s.find(id).orElseThrow(() -> new CliException(
                            ExitCodes.INPUT_PROBLEMS, "no report " + id + " in " + request.store())), listener::warned));
                }
                return;
            }
            for (ReportSummary sum : s.list()) {
                if (sum.year() == null) {
                    skipped.add(new CompareOutcome.Skipped(sum.id(),
                            "no year; set one with ingest --year or a sidecar"));
                } else if (request.years().contains(sum.year())) {
                    // an unreadable report file is quarantined (with a notice) and left out
                    s.find(sum.id()).ifPresent(r -> reports.add(StoredCorrections.corrected(s, r, listener::warned)));
                }
            }
        }
    }

    /**
     * Leaves out the reports the collection does not hold (exit 3 for a named one) and says how many of the
     * collection's reports this store lacks.
     */
    private void keepIndexed(CompareRequest request, List<Report> reports, List<CompareOutcome.Skipped> skipped,
                             ProgressListener listener) {
        if (services == null) {
            throw new IllegalStateException("a comparison over a Solr collection needs the services");
        }
        Set<String> indexed;
        try (ReportIndex index = IndexBackends.open(request.store(), request.solr(), services.segmenter(), null)) {
            indexed = index.reportIds();
        } catch (IOException e) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, request.solr() + ": cannot read the collection's"
                    + " reports: " + e.getMessage(), e);
        }
        String reindex = "; run reportminer reindex --solr to add it";
        for (var it = reports.iterator(); it.hasNext(); ) {
            Report r = it.next();
            if (!indexed.contains(r.id())) {
                if (request.reportIds() != null) {
                    throw new CliException(ExitCodes.INPUT_PROBLEMS, "report " + r.id() + " is not in "
                            + request.solr() + reindex);
                }
                skipped.add(new CompareOutcome.Skipped(r.id(), "not in " + request.solr() + reindex));
                it.remove();
            }
        }
        // sets, not scans: a shared collection may hold hundreds of thousands of reports
        Set<String> here = new java.util.HashSet<>();
        reports.forEach(r -> here.add(r.id()));
        skipped.forEach(s -> here.add(s.reportId()));
        long elsewhere = indexed.stream().filter(id -> !here.contains(id)).count();
        boolean everything = request.reportIds() == null && request.org() == null
                && YearRange.ALL.equals(request.years());
        if (elsewhere > 0 && everything) {
            listener.warned(request.solr() + " holds " + elsewhere + " reports that are not in " + request.store()
                    + "; they are not compared");
        }
    }

    /** One page per result: {@code html} itself for one, {@code NAME-1.html}, {@code NAME-2.html} … for several. */
    private static List<Path> writeHtml(List<ComparisonResult> results, List<Report> reports, Path html,
                                        ProgressListener listener) {
        Map<String, String> texts = new LinkedHashMap<>();
        reports.forEach(r -> texts.put(r.id(), r.text()));
        HtmlReportWriter writer = new HtmlReportWriter();
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Path file = results.size() == 1 ? html
                    : Path.of(html.toString().replaceFirst("(\\.html?)?$", "-" + (i + 1) + ".html"));
            writer.write(results.get(i), texts, file);
            written.add(file);
            listener.wrote(file, "");
        }
        return written;
    }

    /** The organisation as its reports most often name it (the result carries the normalised key). */
    private static String displayName(ComparisonResult r, Map<String, String> orgById) {
        return r.reports().stream().map(y -> orgById.get(y.reportId())).filter(o -> o != null && !o.isBlank())
                .collect(Collectors.groupingBy(o -> o, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(r.org());
    }
}
