package org.reportminer.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.index.backend.EmbeddedReportIndex;
import org.reportminer.index.backend.ReportIndex;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.QueryException;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.pipeline.segment.Segmenter;

/**
 * {@code bench --solr}: the same generated findings indexed into the embedded index and into a SolrCloud collection
 * in one run, then the same mixed queries (with facets and highlighting) against each; index time and search
 * p50/p99 side by side (issue 14). The collection must start empty, and is emptied again at the end, so a
 * collection that holds reports is never touched.
 */
final class BackendBench {
    /** Reports per commit: the batch the ingest path commits (50 reports of 100 findings). */
    private static final int REPORTS_PER_COMMIT = 50;
    private static final int FINDINGS_PER_REPORT = 100;
    private static final int WARM_UP = 100;
    private static final int QUERIES = 500;

    private final Segmenter segmenter;
    private final Consumer<String> note;

    BackendBench(Segmenter segmenter, Consumer<String> note) {
        this.segmenter = segmenter;
        this.note = note;
    }

    /**
     * One row per backend and size: {@code backend, findings, indexSeconds, findingsPerSec, searchP50Ms,
     * searchP99Ms, loadAverage}.
     *
     * @param solr a collection that holds nothing (exit 2 otherwise)
     */
    List<Map<String, Object>> run(List<String> sentences, List<Integer> sizes, Path tmp, ReportIndex solr)
            throws IOException {
        int held = solr.reportIds().size();
        if (held > 0) {
            throw new CliException(ExitCodes.USAGE, "bench --solr needs an empty collection: " + solr.describe()
                    + " holds " + held + " reports");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        try {
            for (int n : sizes) {
                try (EmbeddedReportIndex embedded = new EmbeddedReportIndex(tmp.resolve("embedded-" + n), segmenter,
                        null)) {
                    rows.add(measure("embedded", embedded, sentences, n));
                }
                solr.deleteAll();
                solr.commit();
                rows.add(measure("solr " + solr.describe(), solr, sentences, n));
            }
        } finally {
            solr.deleteAll();
            solr.commit();
        }
        return rows;
    }

    private Map<String, Object> measure(String name, ReportIndex index, List<String> sentences, int n)
            throws IOException {
        SyntheticIndexData data = new SyntheticIndexData(sentences, n);
        long t0 = System.nanoTime();
        int inBatch = 0;
        for (int r = 0; r * FINDINGS_PER_REPORT < n; r++) {
            index.index(data.report(r, Math.min(FINDINGS_PER_REPORT, n - r * FINDINGS_PER_REPORT),
                    SyntheticIndexData.ORGS));
            if (++inBatch == REPORTS_PER_COMMIT) {
                index.commit();
                inBatch = 0;
            }
        }
        index.commit();
        double secs = (System.nanoTime() - t0) / 1e9;
        double[] ms = new double[QUERIES];
        try {
            for (SearchQuery q : data.queries(WARM_UP)) {
                index.search(q, HighlightTags.BRACKETS);
            }
            List<SearchQuery> qs = data.queries(QUERIES);
            for (int i = 0; i < qs.size(); i++) {
                long q0 = System.nanoTime();
                index.search(qs.get(i), HighlightTags.BRACKETS);
                ms[i] = (System.nanoTime() - q0) / 1e6;
            }
        } catch (QueryException e) {
            throw new IllegalStateException("a generated query was rejected: " + e.getMessage(), e);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("backend", name);
        row.put("findings", n);
        row.put("indexSeconds", BenchCommand.round(secs));
        row.put("findingsPerSec", Math.round(n / secs));
        row.put("searchP50Ms", BenchCommand.round(Stats.quantile(ms.clone(), 0.5)));
        row.put("searchP99Ms", BenchCommand.round(Stats.quantile(ms, 0.99)));
        // the machine may be shared: a figure means little without the load it was taken under
        row.put("loadAverage", BenchCommand.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        note.accept(String.format(java.util.Locale.ROOT, "%s: %,d findings indexed in %.1f s, search p50 %s ms p99 %s ms"
                + " (load %s)", name, n, secs, row.get("searchP50Ms"), row.get("searchP99Ms"), row.get("loadAverage")));
        return row;
    }
}
