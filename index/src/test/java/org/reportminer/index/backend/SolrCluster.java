package org.reportminer.index.backend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A 2-node MiniSolrCloudCluster with our configset, the plugin classes coming from the test classpath (as they come
 * from the plugin jar on a real node). One per test class: starting one takes seconds.
 */
final class SolrCluster implements AutoCloseable {

    static final Path CONFIGSET = Path.of("src/main/solr/configsets/reportminer/conf");

    final MiniSolrCloudCluster cluster;

    private SolrCluster(MiniSolrCloudCluster cluster) {
        this.cluster = cluster;
    }

    static SolrCluster start(Path dir) throws Exception {
        System.setProperty("solr.directoryFactory", "solr.NRTCachingDirectoryFactory");
        Files.createDirectories(dir);
        MiniSolrCloudCluster c = new MiniSolrCloudCluster.Builder(2, dir)
                .addConfig("reportminer", CONFIGSET)
                .withMetrics(false)
                .build();
        return new SolrCluster(c);
    }

    /** Creates {@code name} with 2 shards × 2 replicas and waits until every replica is active. */
    void createCollection(String name) throws Exception {
        CollectionAdminRequest.createCollection(name, "reportminer", 2, 2).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(name, 60, TimeUnit.SECONDS, 2, 4);
    }

    /** The target as a user gives it: the ZooKeeper address. */
    SolrTarget target(String collection) {
        return SolrTarget.zooKeeper(cluster.getZkServer().getZkAddress(), collection);
    }

    @Override
    public void close() throws Exception {
        cluster.shutdown();
    }
}
