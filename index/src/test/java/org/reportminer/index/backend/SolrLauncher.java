package org.reportminer.index.backend;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * Starts a local SolrCloud from Maven jars, in its own JVM, for the command line and the tests that cannot hold Solr's
 * Jetty 10 beside the workbench's Jetty 12 (cli) or must load the built plugin jar rather than our classes (issue 14).
 * A {@link MiniSolrCloudCluster} (embedded ZooKeeper, {@code --nodes} nodes) with our configset, and a collection of
 * {@code --shards} × {@code --replicas}; prints {@code zkHost=HOST:PORT/solr collection=NAME} on one line of stdout
 * when the collection is active, then runs until stopped (Ctrl-C, SIGTERM), or with {@code --watch-stdin} also
 * when its stdin ends: a test starts it so, and then an orphaned cluster dies with the test JVM.
 *
 * <p>Usage: {@code SolrLauncher DIR [--plugin JAR] [--configset CONF] [--collection NAME] [--nodes 2] [--shards 2]
 * [--replicas 2] [--watch-stdin]}. With {@code --plugin}, each node gets the jar's folder as its {@code sharedLib},
 * as a real node gets {@code $SOLR_HOME/lib}: the factories must then come from the jar, so run this class on a classpath without
 * our own modules. Without it, the factories come from the classpath. Names only Solr and JDK classes, for that reason.
 */
public final class SolrLauncher {

    private SolrLauncher() {
    }

    /** Options as given on the command line. */
    record Options(Path dir, Path plugin, Path configset, String collection, int nodes, int shards, int replicas,
                   boolean watchStdin) {
        static Options parse(String[] args) {
            if (args.length == 0 || args[0].startsWith("--")) {
                throw new IllegalArgumentException("usage: SolrLauncher DIR [--plugin JAR] [--configset CONF]"
                        + " [--collection NAME] [--nodes 2] [--shards 2] [--replicas 2]");
            }
            Path dir = Path.of(args[0]);
            Path plugin = null;
            Path conf = Path.of("index/src/main/solr/configsets/reportminer/conf");
            if (!Files.isDirectory(conf)) {
                conf = Path.of("src/main/solr/configsets/reportminer/conf");
            }
            String collection = "reportminer";
            int nodes = 2;
            int shards = 2;
            int replicas = 2;
            boolean watch = false;
            for (int i = 1; i < args.length; i += 2) {
                if (args[i].equals("--watch-stdin")) {
                    watch = true;
                    i--;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                String v = args[i + 1];
                switch (args[i]) {
                    case "--plugin" -> plugin = Path.of(v);
                    case "--configset" -> conf = Path.of(v);
                    case "--collection" -> collection = v;
                    case "--nodes" -> nodes = Integer.parseInt(v);
                    case "--shards" -> shards = Integer.parseInt(v);
                    case "--replicas" -> replicas = Integer.parseInt(v);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (plugin != null && !Files.isRegularFile(plugin)) {
                throw new IllegalArgumentException("--plugin " + plugin + ": no such file (mvn -B package -pl index -am"
                        + " builds it)");
            }
            if (!Files.isRegularFile(conf.resolve("managed-schema.xml"))) {
                throw new IllegalArgumentException("--configset " + conf + ": no managed-schema.xml there");
            }
            return new Options(dir, plugin, conf, collection, nodes, shards, replicas, watch);
        }
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("SolrLauncher: " + e.getMessage());
            System.exit(2);
            return;
        }
        MiniSolrCloudCluster cluster = start(o);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster), "solr-launcher-stop"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("zkHost=" + cluster.getZkServer().getZkAddress() + " collection=" + o.collection()
                + " nodes=" + urls(cluster));
        if (!o.watchStdin()) {
            new java.util.concurrent.CountDownLatch(1).await(); // until Ctrl-C or SIGTERM, through the hook
        }
        // runs until whoever started it closes our stdin (a test, or the test JVM dying)
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            while (in.readLine() != null) {
                // input is ignored: only its end matters
            }
        }
        System.exit(0);
    }

    /** Starts the cluster, uploads the configset and creates the collection, waiting until every replica is active. */
    static MiniSolrCloudCluster start(Options o) throws Exception {
        // NRTCachingDirectoryFactory: MiniSolrCloudCluster otherwise expects the test framework's mock directory
        System.setProperty("solr.directoryFactory", "solr.NRTCachingDirectoryFactory");
        Files.createDirectories(o.dir());
        MiniSolrCloudCluster.Builder b = new MiniSolrCloudCluster.Builder(o.nodes(), o.dir())
                .addConfig("reportminer", o.configset())
                .withMetrics(false);
        if (o.plugin() != null) {
            // a lib folder holding only the jar, as $SOLR_HOME/lib holds it on a real node
            Path lib = Files.createDirectories(o.dir().resolve("lib"));
            Files.copy(o.plugin(), lib.resolve(o.plugin().getFileName()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            b.withSolrXml(MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replaceFirst("<solr>",
                    "<solr>\n  <str name=\"sharedLib\">" + lib.toAbsolutePath() + "</str>"));
        }
        MiniSolrCloudCluster cluster = b.build();
        CollectionAdminRequest.createCollection(o.collection(), "reportminer", o.shards(), o.replicas())
                .process(cluster.getSolrClient());
        cluster.waitForActiveCollection(o.collection(), 120, TimeUnit.SECONDS, o.shards(), o.shards() * o.replicas());
        return cluster;
    }

    private static String urls(MiniSolrCloudCluster cluster) {
        List<String> urls = new ArrayList<>();
        cluster.getJettySolrRunners().forEach(j -> urls.add(j.getBaseUrl().toString()));
        return String.join(",", urls);
    }

    private static void shutdown(MiniSolrCloudCluster cluster) {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            // stopping anyway; say why the nodes may have left files behind
            System.err.println("SolrLauncher: shutdown: " + e);
        }
    }
}
