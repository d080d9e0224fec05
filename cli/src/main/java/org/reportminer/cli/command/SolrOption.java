package org.reportminer.cli.command;

import java.nio.file.Path;
import java.util.Optional;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.index.backend.SolrTarget;
import picocli.CommandLine.Option;

/**
 * {@code --solr ZK_HOST[/chroot]} or {@code --solr-url URL}, plus {@code --collection NAME}, or the same in a
 * configuration file ({@code --config FILE}, else the file named by {@code $REPORTMINER_CONFIG}): the SolrCloud
 * backend instead of the store's embedded index (issue 14). Without any of them nothing touches Solr.
 *
 * <p>Precedence, highest first: {@code --solr}/{@code --solr-url} and {@code --collection} on the command line; then
 * the file of {@code --config}; then the file of {@code $REPORTMINER_CONFIG}. A command-line address replaces the
 * file's address (both its {@code solr.zkHost} and its {@code solr.url}); {@code --collection} replaces only the name.
 */
public final class SolrOption {
    /** The collection used when neither {@code --collection} nor {@code solr.collection} is given. */
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

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read solr.zkHost, solr.url and solr.collection from this file (default: $"
                    + SolrConfigFile.ENV + "); options on the command line win.")
    private Path config;

    /**
     * The Solr target, or empty for the embedded index.
     *
     * @param env where {@code $REPORTMINER_CONFIG} is read and a relative file name is resolved
     * @throws CliException (usage) for both --solr and --solr-url, --collection alone, a bad configuration file, or a
     *                      malformed address
     */
    public Optional<SolrTarget> target(CliEnv env) {
        if (zkHost != null && solrUrl != null) {
            throw new CliException(ExitCodes.USAGE, "give --solr or --solr-url, not both");
        }
        SolrConfigFile file = configFile(env);
        String zk = zkHost;
        String url = solrUrl;
        String from = zkHost != null ? "--solr" : "--solr-url";
        if (zk == null && url == null && file != null) {
            zk = file.zkHost();
            url = file.url();
            from = env.display(file.file());
            if (zk != null && url != null) {
                throw new CliException(ExitCodes.USAGE, from + ": give solr.zkHost or solr.url, not both");
            }
        }
        String name = collection != null ? collection
                : file != null && file.collection() != null ? file.collection() : null;
        if (zk == null && url == null) {
            if (collection != null) {
                throw new CliException(ExitCodes.USAGE, "--collection needs --solr ZK_HOST or --solr-url URL");
            }
            if (name != null) {
                throw new CliException(ExitCodes.USAGE, from + ": solr.collection needs solr.zkHost or solr.url");
            }
            return Optional.empty();
        }
        name = name == null ? DEFAULT_COLLECTION : name;
        try {
            return Optional.of(zk != null ? SolrTarget.zooKeeper(zk, name) : SolrTarget.urls(url, name));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, from + ": " + e.getMessage());
        }
    }

    /** The file of --config, else of $REPORTMINER_CONFIG, else {@code null}. */
    private SolrConfigFile configFile(CliEnv env) {
        Path file = config;
        String source = "--config";
        if (file == null) {
            String named = env.env().get(SolrConfigFile.ENV);
            if (named == null || named.isBlank()) {
                return null;
            }
            file = Path.of(named);
            source = SolrConfigFile.ENV;
        }
        try {
            return SolrConfigFile.read(env.resolve(file));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, source + " " + e.getMessage(), e);
        }
    }
}
