package org.reportminer.index.backend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.search.TestReports;
import org.reportminer.pipeline.segment.DomainTerms;
import org.reportminer.pipeline.segment.Segmenter;
import org.reportminer.pipeline.segment.hanlp.HanlpSegmenter;

/**
 * Issue 14 item 5: the same generated findings indexed into the embedded index and into a 2-node mini SolrCloud
 * (2 shards × 2 replicas), then searched; index time and search p50/p99 side by side. Bench group only
 * ({@code -Dreportminer.test.excludedGroups=none -Dtest=SolrBenchTest -Dbench.findings=100000}); the line goes to
 * stdout and {@code target/solr-bench.txt}.
 */
@Tag("bench")
class SolrBenchTest {

    private static final int PER_REPORT = 100;
    private static final int REPORTS_PER_COMMIT = 50;

    @Test
    void embeddedBesideSolrCloud() throws Exception {
        int n = Integer.getInteger("bench.findings", 10_000);
        int queries = Integer.getInteger("bench.queries", 500);
        Segmenter seg = new HanlpSegmenter(DomainTerms.builtIn());
        List<String> sentences = TestReports.all().stream()
                .flatMap(r -> Arrays.stream(r.text().split("[。\n]"))).filter(s -> s.length() > 8).toList();
        Path tmp = Files.createTempDirectory("solr-bench");
        StringBuilder out = new StringBuilder();
        try (SolrCluster solr = SolrCluster.start(tmp.resolve("solr"))) {
            solr.createCollection("bench");
            try (ReportIndex embedded = new EmbeddedReportIndex(tmp.resolve("index"), seg, null);
                 ReportIndex cloud = SolrReportIndex.open(solr.target("bench"), seg, 1000)) {
                for (ReportIndex index : List.of(embedded, cloud)) {
                    SyntheticFindings data = new SyntheticFindings(sentences, n);
                    long t0 = System.nanoTime();
                    int inBatch = 0;
                    for (int r = 0; r * PER_REPORT < n; r++) {
                        Report report = data.report(r, Math.min(PER_REPORT, n - r * PER_REPORT), 100);
                        index.index(report);
                        if (++inBatch == REPORTS_PER_COMMIT) {
                            index.commit();
                            inBatch = 0;
                        }
                    }
                    index.commit();
                    double secs = (System.nanoTime() - t0) / 1e9;
                    SyntheticFindings q = new SyntheticFindings(sentences, 7);
                    for (SearchQuery warm : q.queries(100)) {
                        index.search(warm, HighlightTags.BRACKETS);
                    }
                    List<SearchQuery> qs = q.queries(queries);
                    double[] ms = new double[qs.size()];
                    for (int i = 0; i < qs.size(); i++) {
                        long q0 = System.nanoTime();
                        index.search(qs.get(i), HighlightTags.BRACKETS);
                        ms[i] = (System.nanoTime() - q0) / 1e6;
                    }
                    Arrays.sort(ms);
                    String line = String.format(Locale.ROOT, "%s: %,d findings indexed in %.1f s (%,d/s); search p50 %.1f ms, p99 %.1f ms over %d queries%n",
                            index == embedded ? "embedded" : "solrcloud 2 nodes, 2x2", n, secs, Math.round(n / secs),
                            ms[ms.length / 2], ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.99) - 1)], ms.length);
                    out.append(line);
                    System.out.print(line);
                }
            }
        } finally {
            Files.writeString(Path.of("target/solr-bench.txt"), out.toString(), StandardCharsets.UTF_8);
            try (var walk = Files.walk(tmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
    }
}
