package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the Solr collection chosen in a configuration file ({@code --config FILE} or {@code $REPORTMINER_CONFIG})
 * is checked before anything runs: a missing file, an unknown key or a name without an address is a usage error
 * naming the file. None of these cases reaches a cluster.
 */
class SolrConfigOptionTest {

    /** An existing store, so that the command gets as far as choosing its index. */
    private static String store() {
        return SharedStore.get().store().toString();
    }

    @Test
    void anUnknownKeyIsAUsageErrorListingTheKnownOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("rm.properties"), "solr.zkhost = zk1:2181\n");
        CliRunner.Result r = new CliRunner(dir).run("stats", "--store", store(), "--config", "rm.properties");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("rm.properties: unknown key solr.zkhost; known keys: solr.zkHost, solr.url,"
                + " solr.collection"), r.err());
    }

    @Test
    void aMissingFileNamedByTheEnvironmentIsAUsageError(@TempDir Path dir) {
        CliRunner.Result r = new CliRunner(dir).env("REPORTMINER_CONFIG", "nowhere.properties")
                .run("compare", "--store", store());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("REPORTMINER_CONFIG") && r.err().contains("nowhere.properties: no such"
                + " configuration file"), r.err());
    }

    @Test
    void aCollectionWithoutAnAddressOrABadAddressIsAUsageError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.properties"), "solr.collection = reports\n");
        CliRunner.Result r = new CliRunner(dir).run("search", "x", "--store", store(), "--config", "a.properties");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("a.properties: solr.collection needs solr.zkHost or solr.url"), r.err());
        Files.writeString(dir.resolve("b.properties"), "solr.url = ftp://solr1\n");
        r = new CliRunner(dir).run("serve", "--store", store(), "--config", "b.properties");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("b.properties: bad Solr URL 'ftp://solr1'"), r.err());
    }

    @Test
    void anAddressOnTheCommandLineReplacesBothAddressesOfTheFile(@TempDir Path dir) throws IOException {
        // the file alone would be refused (two addresses); the command line's --solr-url replaces them
        Files.writeString(dir.resolve("c.properties"), "solr.zkHost = zk1:2181\nsolr.url = http://solr1:8983/solr\n");
        CliRunner.Result both = new CliRunner(dir).run("stats", "--store", store(), "--config", "c.properties");
        assertEquals(ExitCodes.USAGE, both.exitCode(), both.toString());
        assertTrue(both.err().contains("give solr.zkHost or solr.url, not both"), both.err());
        CliRunner.Result r = new CliRunner(dir).run("bench", "--config", "c.properties", "--solr-url", "bad-url");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("--solr-url: bad Solr URL 'bad-url'"), r.err());
    }
}
