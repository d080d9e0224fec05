package org.reportminer.index.backend;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a SolrCloud collection is: ZooKeeper hosts with an optional chroot ({@code zk1:2181,zk2:2181/solr}), or
 * Solr base URLs ({@code http://solr1:8983/solr}), plus the collection name.
 *
 * @param zkHosts    ZooKeeper {@code host:port}s, empty when URLs are given
 * @param zkChroot   the ZooKeeper chroot ({@code /solr}), if any
 * @param solrUrls   Solr base URLs, empty when ZooKeeper is given
 * @param collection the collection name
 * @since 0.1
 */
public record SolrTarget(List<String> zkHosts, Optional<String> zkChroot, List<String> solrUrls, String collection) {

    public SolrTarget {
        zkHosts = List.copyOf(zkHosts);
        solrUrls = List.copyOf(solrUrls);
        Objects.requireNonNull(zkChroot, "zkChroot");
        if (zkHosts.isEmpty() == solrUrls.isEmpty()) {
            throw new IllegalArgumentException("give either ZooKeeper hosts or Solr URLs, not both or neither");
        }
        if (collection == null || collection.isBlank() || !collection.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("bad collection name '" + collection
                    + "'; use letters, digits, '_', '-' and '.'");
        }
    }

    /** {@code zk1:2181,zk2:2181/solr}: comma-separated hosts, then an optional chroot. */
    public static SolrTarget zooKeeper(String zkHost, String collection) {
        String spec = Objects.requireNonNull(zkHost, "zkHost").trim();
        int slash = spec.indexOf('/');
        String hosts = slash < 0 ? spec : spec.substring(0, slash);
        Optional<String> chroot = slash < 0 || slash == spec.length() - 1 ? Optional.empty()
                : Optional.of(spec.substring(slash));
        List<String> list = Arrays.stream(hosts.split(",")).map(String::trim).filter(h -> !h.isEmpty()).toList();
        if (list.isEmpty() || list.stream().anyMatch(h -> !h.matches("[^:\\s]+(:\\d+)?"))) {
            throw new IllegalArgumentException("bad ZooKeeper address '" + zkHost + "'; expected host:port[,host:port][/chroot]");
        }
        return new SolrTarget(list, chroot, List.of(), collection);
    }

    /** {@code http://solr1:8983/solr[,http://solr2:8983/solr]}. */
    public static SolrTarget urls(String solrUrls, String collection) {
        List<String> list = Arrays.stream(Objects.requireNonNull(solrUrls, "solrUrls").split(","))
                .map(String::trim).filter(u -> !u.isEmpty()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .toList();
        if (list.isEmpty() || list.stream().anyMatch(u -> !u.matches("https?://\\S+"))) {
            throw new IllegalArgumentException("bad Solr URL '" + solrUrls + "'; expected http://host:8983/solr");
        }
        return new SolrTarget(List.of(), Optional.empty(), list, collection);
    }

    /** {@code solr:zk1:2181/solr/reports} or {@code solr:http://…/reports}, for messages. */
    @Override
    public String toString() {
        String where = zkHosts.isEmpty() ? String.join(",", solrUrls) : String.join(",", zkHosts) + zkChroot.orElse("");
        return "solr:" + where + "/" + collection;
    }
}
