package org.reportminer.cli.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.reportminer.cli.Services;
import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.corpus.store.ReportSummary;
import org.reportminer.index.backend.EmbeddedReportIndex;
import org.reportminer.index.backend.ReportIndex;
import org.reportminer.index.backend.SolrTarget;

/**
 * Reindex: rebuild a store's index from the stored reports in one commit, optionally extracting each again first.
 * A report the index refuses is counted and named; the others are indexed.
 */
public final class ReindexUseCase {
    private final Services services;

    public ReindexUseCase(Services services) {
        this.services = services;
    }

    /**
     * What a reindex did.
     *
     * @param index   the index folder; {@code null} when a Solr collection was rebuilt
     * @param indexed reports indexed
     * @param refused reports the index refused (each named in a warning)
     * @param failed  reports whose extraction failed again; they keep their stored extraction (each named)
     */
    public record Outcome(Path index, int indexed, int refused, int failed) {
    }

    /**
     * @param store   the store folder
     * @param extract whether to extract every stored report again (else only those without an extraction)
     * @throws IOException when the index cannot be written or committed
     */
    public Outcome reindex(Path store, boolean extract, ProgressListener listener) throws IOException {
        return reindex(store, extract, listener, null);
    }

    /**
     * Rebuilds the store's embedded index, or the SolrCloud collection {@code solr} when given, from the store.
     *
     * @param solr the collection, or {@code null}
     */
    public Outcome reindex(Path store, boolean extract, ProgressListener listener, SolrTarget solr)
            throws IOException {
        int n = 0;
        int refused = 0;
        int failed = 0;
        Path indexDir = StoreLayout.index(store);
        try (ReportStore reports = ReportStore.openForWrite(store, listener::warned);
             ReportIndex indexer = solr == null
                     ? EmbeddedReportIndex.rebuilding(indexDir, services.segmenter(), listener::warned)
                     : IndexBackends.open(store, solr, services.segmenter(), null)) {
            if (solr != null) {
                indexer.deleteAll();
            }
            List<ReportSummary> all = reports.list();
            listener.started("reindex", all.size());
            try {
                for (ReportSummary s : all) {
                    // an unusable report file is quarantined by find (with a notice) and left out
                    Optional<Report> stored = reports.find(s.id());
                    if (stored.isEmpty()) {
                        listener.stepped(s.id() + " skipped");
                        continue;
                    }
                    Report r = stored.get();
                    if (extract || r.extraction() == null) {
                        // stored metadata (given by the user or found before) is kept; the extraction is fresh
                        IngestResult analysed = services.analysis().analyse(r);
                        if (analysed instanceof IngestResult.Ingested in) {
                            r = in.report();
                            reports.update(r);
                        } else {
                            // the stored report stays as it was and is indexed so; the file is named here
                            failed++;
                            listener.warned(analysed.asProblem().orElseThrow().line());
                        }
                    }
                    try {
                        indexer.index(r);
                        n++;
                    } catch (RuntimeException e) {
                        // the index refused this one report (the writer is fine: a fatal error is an IOException)
                        refused++;
                        listener.refused(r.source(), r.id(), String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
                    }
                    listener.stepped(s.id() + " " + (s.title() == null ? "" : s.title()));
                }
            } finally {
                listener.finished();
            }
            indexer.commit();
        }
        return new Outcome(solr == null ? indexDir : null, n, refused, failed);
    }
}
