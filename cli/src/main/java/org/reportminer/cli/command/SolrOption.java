package org.reportminer.cli.command;

import java.util.Optional;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.index.backend.SolrTarget;
import picocli.CommandLine.Option;

/**
 * {@code --solr ZK_HOST[/chroot]} or {@code --solr-url URL}, plus {@code --collection NAME}: the SolrCloud backend
 * instead of the store's embedded index (issue 14). Without them nothing touches Solr.
 */
public final class SolrOption {
    /** The collection used when {@code --collection} is not given. */
    public static final String DEFAULT_COLLECTION = "reportminer";

    @Option(names = "--solr", paramLabel = "ZK_HOST[/chroot]",
            description = "Use the SolrCloud collection found through this ZooKeeper (e.g. zk1:2181,zk2:2181/solr).")
    private String zkHost;

    @Option(names = "--solr-url", paramLabel = "URL",
            description = "Use the SolrCloud collection at this Solr node (e.g. http://solr1:8983/solr).")
    private String solrUrl;

    @Option(names = "--collection", paramLabel = "NAME",
            description = "The Solr collection (default: " + DEFAULT_COLLECTION + "); only with --solr or --solr-url.")
    private String collection;

    /**
     * The Solr target, or empty for the embedded index.
     *
     * @throws CliException (usage) for both --solr and --solr-url, --collection alone, or a malformed address
     */
    public Optional<SolrTarget> target() {
        if (zkHost != null && solrUrl != null) {
            throw new CliException(ExitCodes.USAGE, "give --solr or --solr-url, not both");
        }
        if (zkHost == null && solrUrl == null) {
            if (collection != null) {
                throw new CliException(ExitCodes.USAGE, "--collection needs --solr ZK_HOST or --solr-url URL");
            }
            return Optional.empty();
        }
        String name = collection == null ? DEFAULT_COLLECTION : collection;
        try {
            return Optional.of(zkHost != null ? SolrTarget.zooKeeper(zkHost, name) : SolrTarget.urls(solrUrl, name));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, (zkHost != null ? "--solr: " : "--solr-url: ") + e.getMessage());
        }
    }
}
