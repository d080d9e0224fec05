package org.reportminer.index.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.schema.Level;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.Hit;
import org.reportminer.index.search.QueryException;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.search.SearchResult;
import org.reportminer.index.search.TestReports;
import org.reportminer.pipeline.segment.DomainTerms;
import org.reportminer.pipeline.segment.Segmenter;
import org.reportminer.pipeline.segment.hanlp.HanlpSegmenter;

/**
 * Issue 14: the search acceptance cases on both backends, embedded Lucene and a 2-node SolrCloud (2 shards × 2
 * replicas, our configset and plugin), give the same hits, facets and highlights; then losing a node. One cluster
 * for the whole class; the node-loss cases run last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BothBackendsTest {

    private static final String COLLECTION = "reports";
    private static final Segmenter SEGMENTER = new HanlpSegmenter(DomainTerms.builtIn());

    /** Cases whose point is that nothing matches. */
    private static final Set<String> EMPTY = Set.of("\"不到位落实\"");

    private static Path tmp;
    private static SolrCluster solr;
    private static ReportIndex embedded;
    private static SolrReportIndex cloud;

    @BeforeAll
    static void indexBoth() throws Exception {
        tmp = Files.createTempDirectory("both-backends");
        solr = SolrCluster.start(tmp.resolve("solr"));
        solr.createCollection(COLLECTION);
        embedded = new EmbeddedReportIndex(tmp.resolve("index"), SEGMENTER, null);
        cloud = SolrReportIndex.open(solr.target(COLLECTION), SEGMENTER, 7);
        for (ReportIndex index : List.of(embedded, cloud)) {
            for (Report r : TestReports.all()) {
                index.index(r);
            }
            index.commit();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (cloud != null) {
                cloud.close();
            }
            if (embedded != null) {
                embedded.close();
            }
        } finally {
            if (solr != null) {
                solr.close();
            }
            if (tmp != null) {
                try (var walk = Files.walk(tmp)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** The hits as a comparable shape: everything but the score, in a stable order. */
    private static List<String> shape(SearchResult r) {
        return r.hits().stream()
                .map(h -> String.join(" | ", h.level().id(), h.reportId(), String.valueOf(h.findingId()),
                        String.valueOf(h.year()), h.text(), h.highlighted(), String.join("/", h.path())))
                .sorted().toList();
    }

    private static void assertSame(SearchQuery q) throws Exception {
        SearchResult lucene = embedded.search(q, HighlightTags.BRACKETS);
        SearchResult solrResult = cloud.search(q, HighlightTags.BRACKETS);
        assertEquals(lucene.total(), solrResult.total(), "total for " + q.text());
        assertTrue(lucene.total() > 0 || EMPTY.contains(q.text()), "the case finds something: " + q.text());
        assertEquals(shape(lucene), shape(solrResult), "hits for " + q.text());
        assertEquals(lucene.facets(), solrResult.facets(), "facets for " + q.text());
    }

    @Order(1)
    @ParameterizedTest
    @ValueSource(strings = {"党建", "带侨", "建带侨", "三会一课", "一岗双责", "\"落实不到位\"", "\"不到位落实\"",
            "\"隐患12项\"", "一把手", "巡察", "三会一课 NOT 规范", "一岗双责 OR 侨建", "三会一课 year:2021",
            "超标准"})
    void bothBackendsGiveTheSameFindings(String text) throws Exception {
        assertSame(SearchQuery.of(text).withLevel(Level.FINDING).withLimit(50));
    }

    @Order(2)
    @Test
    void bothBackendsAgreeOnLevelsYearsFacetsAndHighlights() throws Exception {
        assertSame(SearchQuery.of("三会一课").withLimit(50));
        assertSame(SearchQuery.of("三会一课").withLevel(Level.FINDING).withYears(2022, 2023));
        assertSame(SearchQuery.of("风险").withLevel(Level.COUNT));
        assertSame(SearchQuery.of("台账").withLevel(Level.MEASURE).withStatus("done"));
        assertSame(SearchQuery.of("台账 level:measure status:DONE").withLimit(50));
        assertSame(SearchQuery.of("超标准").withLevel(Level.REPORT));
        assertSame(SearchQuery.of("").withLevel(Level.FINDING).withOrg(TestReports.MINZHENG).withLimit(50));
        Hit hit = cloud.search(SearchQuery.of("带侨").withLevel(Level.FINDING), HighlightTags.BRACKETS).hits().get(0);
        assertTrue(hit.highlighted().contains("【带侨】"), hit.highlighted());
        Hit boss = cloud.search(SearchQuery.of("一把手").withLevel(Level.FINDING), HighlightTags.BRACKETS).hits().get(0);
        assertTrue(boss.highlighted().contains("【主要负责人】"), "synonym marked: " + boss.highlighted());
    }

    @Order(3)
    @Test
    void statsAndReportIdsMatch() throws Exception {
        assertEquals(embedded.stats(), cloud.stats());
        assertEquals(embedded.reportIds(), cloud.reportIds());
    }

    @Order(4)
    @Test
    void aBadQueryIsOneLineOnBothBackends() {
        String lucene = assertThrows(QueryException.class,
                () -> embedded.search(SearchQuery.of("三会一课 AND"), HighlightTags.BRACKETS)).getMessage();
        String remote = assertThrows(QueryException.class,
                () -> cloud.search(SearchQuery.of("三会一课 AND"), HighlightTags.BRACKETS)).getMessage();
        assertEquals(lucene, remote);
    }

    @Order(5)
    @Test
    void replacingAndDeletingAReportWorkOnSolr() throws Exception {
        Report a = TestReports.minzheng2021();
        cloud.delete(a.id());
        cloud.commit();
        assertFalse(cloud.reportIds().contains(a.id()));
        cloud.index(a);
        cloud.index(a);
        cloud.commit();
        assertEquals(embedded.stats(), cloud.stats(), "indexing twice replaces, never duplicates");
    }

    @Order(10)
    @Test
    void losingANodeKeepsSearchAnsweringAndIngestLosesNothing() throws Exception {
        SearchQuery q = SearchQuery.of("三会一课").withLimit(50);
        List<String> before = shape(cloud.search(q, HighlightTags.BRACKETS));
        var stopped = solr.cluster.stopJettySolrRunner(1);
        solr.cluster.waitForJettyToStop(stopped);
        assertEquals(before, shape(cloud.search(q, HighlightTags.BRACKETS)), "the surviving replicas answer");

        // Ingest while a node is down: it either writes (each shard still has a replica to lead) or fails with one
        // line; either way the next run's reconcile against the store must bring the collection back in step.
        Report c = TestReports.minzheng2022();
        cloud.delete(c.id());
        String outcome;
        try {
            cloud.commit();
            cloud.index(c);
            cloud.commit();
            outcome = "written";
        } catch (java.io.IOException e) {
            assertTrue(e.getMessage().startsWith("solr:"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            outcome = "failed clearly";
        }

        solr.cluster.startJettySolrRunner(stopped);
        solr.cluster.waitForActiveCollection(COLLECTION, 120, java.util.concurrent.TimeUnit.SECONDS, 2, 4);
        // The reconcile step of ingest: whatever the store holds and the index lacks is written again.
        Set<String> stored = TestReports.all().stream().map(Report::id).collect(Collectors.toSet());
        Set<String> missing = stored.stream().filter(id -> !safeIds().contains(id)).collect(Collectors.toSet());
        for (Report r : TestReports.all()) {
            if (missing.contains(r.id())) {
                cloud.index(r);
            }
        }
        cloud.commit();
        assertEquals(stored, cloud.reportIds(), "caught up after " + outcome);
        assertEquals(embedded.stats(), cloud.stats());
        assertSame(q);
    }

    private static Set<String> safeIds() {
        try {
            return cloud.reportIds();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
