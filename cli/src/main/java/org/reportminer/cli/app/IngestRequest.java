package org.reportminer.cli.app;

import java.nio.file.Path;
import java.util.List;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.index.backend.SolrTarget;

/**
 * What to ingest, and where.
 *
 * @param inputs    report files and folders (folders are read recursively), as given; relative ones resolve against
 *                  {@code base}
 * @param base      the folder relative inputs resolve against
 * @param store     the store folder; created when it is not a store yet
 * @param overrides metadata for every report of the run (already checked against the limits)
 * @param threads   files read in parallel, at least 1
 * @param solr      the SolrCloud collection to index into, or {@code null} for the store's embedded index
 */
public record IngestRequest(List<Path> inputs, Path base, Path store, MetadataOverrides overrides, int threads,
                            SolrTarget solr) {
    /** An ingest into the store's embedded index. */
    public IngestRequest(List<Path> inputs, Path base, Path store, MetadataOverrides overrides, int threads) {
        this(inputs, base, store, overrides, threads, null);
    }

    public IngestRequest {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no inputs to ingest");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
