package org.reportminer.cli.command;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Solr part of a {@code reportminer.properties} file (named by {@code --config FILE} or
 * {@value #ENV}): {@code solr.zkHost}, {@code solr.url} and {@code solr.collection}, each optional. Read once into
 * this record; an unknown key is an error, so a misspelt {@code solr.zkhost} does not silently leave a command on the
 * embedded index.
 *
 * <pre>
 * # reportminer.properties
 * solr.zkHost = zk1:2181,zk2:2181,zk3:2181/solr
 * solr.collection = reports
 * </pre>
 *
 * @param file       where the values came from, for messages
 * @param zkHost     {@code solr.zkHost}, or {@code null}
 * @param url        {@code solr.url}, or {@code null}
 * @param collection {@code solr.collection}, or {@code null}
 */
record SolrConfigFile(Path file, String zkHost, String url, String collection) {
    /** Environment variable naming the configuration file when {@code --config} is not given. */
    static final String ENV = "REPORTMINER_CONFIG";
    /** The keys a configuration file may hold. */
    static final List<String> KEYS = List.of("solr.zkHost", "solr.url", "solr.collection");

    /**
     * Reads {@code file} (UTF-8, {@link Properties} syntax).
     *
     * @throws IllegalArgumentException one line naming the file: missing, unreadable, or an unknown or empty key
     */
    static SolrConfigFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such configuration file");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": cannot read it: " + e.getMessage(), e);
        }
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        KEYS.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(file + ": unknown key " + String.join(", ", unknown)
                    + "; known keys: " + String.join(", ", KEYS));
        }
        for (String k : p.stringPropertyNames()) {
            if (p.getProperty(k).isBlank()) {
                throw new IllegalArgumentException(file + ": " + k + " is empty");
            }
        }
        return new SolrConfigFile(file, trimmed(p, "solr.zkHost"), trimmed(p, "solr.url"), trimmed(p, "solr.collection"));
    }

    private static String trimmed(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null ? null : v.trim();
    }
}
