package org.reportminer.index.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.search.TestReports;
import org.reportminer.pipeline.segment.DomainTerms;
import org.reportminer.pipeline.segment.hanlp.HanlpSegmenter;

/** Where a collection is, as users write it, and what they are told when nothing answers there. */
class SolrTargetTest {

    @Test
    void zooKeeperAddressSplitsHostsAndChroot() {
        SolrTarget t = SolrTarget.zooKeeper("zk1:2181,zk2:2181/solr", "reports");
        assertEquals(List.of("zk1:2181", "zk2:2181"), t.zkHosts());
        assertEquals(Optional.of("/solr"), t.zkChroot());
        assertEquals("solr:zk1:2181,zk2:2181/solr/reports", t.toString());
        assertEquals(Optional.empty(), SolrTarget.zooKeeper("zk1:2181", "reports").zkChroot());
    }

    @Test
    void badAddressesAndNamesAreRejectedWithWhatWasExpected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SolrTarget.zooKeeper("zk 1:2181", "r"))
                .getMessage().contains("expected host:port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SolrTarget.urls("solr1:8983", "r"))
                .getMessage().contains("expected http://"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SolrTarget.urls("http://s:8983/solr", "a/b"))
                .getMessage().startsWith("bad collection name"));
    }

    @Test
    void anUnreachableClusterFailsWithOneLineAndChangesNothing() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        SolrTarget t = SolrTarget.urls("http://127.0.0.1:" + port + "/solr", "reports");
        try (SolrReportIndex index = SolrReportIndex.open(t, new HanlpSegmenter(DomainTerms.of(List.of())), 10)) {
            // the report's documents fill the batch of 10, so the write is sent (and fails) at once
            IOException e = assertThrows(IOException.class, () -> index.index(TestReports.minzheng2021()));
            assertTrue(e.getMessage().contains("cluster unreachable"), e.getMessage());
            assertTrue(e.getMessage().startsWith("solr:http://127.0.0.1:" + port + "/solr/reports: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().endsWith("the next ingest or reindex catches up"), e.getMessage());
            assertThrows(IOException.class, () -> index.search(SearchQuery.of("巡察"), HighlightTags.BRACKETS));
        }
    }
}
