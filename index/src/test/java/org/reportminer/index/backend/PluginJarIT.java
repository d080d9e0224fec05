package org.reportminer.index.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.schema.Level;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.search.SearchResult;
import org.reportminer.index.search.TestReports;
import org.reportminer.pipeline.segment.DomainTerms;
import org.reportminer.pipeline.segment.Segmenter;
import org.reportminer.pipeline.segment.hanlp.HanlpSegmenter;

/**
 * Issue 14: the plugin jar the build makes, not our classes, serves a collection. A 2-node SolrCloud runs in a child
 * JVM whose classpath holds Solr and none of our modules nor HanLP; each node's {@code sharedLib} holds only
 * {@code index-…-solr-plugin.jar}, as {@code $SOLR_HOME/lib} would on a real node. The configset names our factories
 * and query parser, so the collection is created only if the nodes load them from the jar; then one report indexed
 * through it answers as the embedded index does. Runs after {@code package} (surefire's {@code plugin-jar} run).
 */
class PluginJarIT {

    private static final Segmenter SEGMENTER = new HanlpSegmenter(DomainTerms.builtIn());

    @Test
    void aNodeWithOnlyTheBuiltPluginJarIndexesAndSearchesAReport(@TempDir Path tmp) throws Exception {
        Path jar = Path.of(System.getProperty("reportminer.solrPluginJar", "target/missing-solr-plugin.jar"));
        assertTrue(Files.isRegularFile(jar), "the plugin jar is built by `mvn package`: " + jar);
        List<Path> cp = new ArrayList<>(LaunchedSolr.classpathFile(Path.of("target/solr-node.classpath")));
        assertFalse(cp.stream().anyMatch(p -> p.toString().contains("hanlp") || p.toString().contains("/classes")),
                "the nodes' classpath holds neither HanLP nor our classes: " + cp);
        cp.add(Path.of("target/test-classes")); // the launcher itself, which names only Solr classes
        Report report = TestReports.minzheng2021();
        try (LaunchedSolr solr = LaunchedSolr.start(cp, tmp, List.of("--plugin", jar.toString(),
                "--configset", SolrCluster.CONFIGSET.toAbsolutePath().toString(), "--collection", "one"));
             SolrReportIndex cloud = SolrReportIndex.open(SolrTarget.zooKeeper(solr.zkHost, "one"), SEGMENTER);
             EmbeddedReportIndex embedded = new EmbeddedReportIndex(tmp.resolve("index"), SEGMENTER, null)) {
            for (ReportIndex index : List.of(cloud, embedded)) {
                index.index(report);
                index.commit();
            }
            for (SearchQuery q : List.of(SearchQuery.of("三会一课").withLevel(Level.FINDING),
                    SearchQuery.of("一把手").withLevel(Level.FINDING))) {
                SearchResult fromJar = cloud.search(q, HighlightTags.BRACKETS);
                SearchResult local = embedded.search(q, HighlightTags.BRACKETS);
                assertTrue(local.total() > 0, "the case finds something: " + q.text());
                assertEquals(local.total(), fromJar.total(), "total for " + q.text());
                assertEquals(local.hits().get(0).highlighted(), fromJar.hits().get(0).highlighted(), q.text());
            }
            assertEquals(embedded.stats(), cloud.stats());
        }
    }
}
