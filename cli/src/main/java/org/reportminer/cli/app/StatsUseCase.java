package org.reportminer.cli.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.index.backend.ReportIndex;
import org.reportminer.index.backend.SolrTarget;
import org.reportminer.index.search.IndexStats;
import org.reportminer.index.search.ReportSearcher;
import org.reportminer.index.write.IndexedReports;

/** Stats: what a store's index holds, and where it disagrees with the store. */
public final class StatsUseCase {
    private final Services services;

    public StatsUseCase(Services services) {
        this.services = services;
    }

    /**
     * @param store    the store folder
     * @param listener hears about report files found unreadable (and quarantined) on the way
     * @throws CliException (exit 3) when the store has no index yet
     */
    public StatsOutcome stats(Path store, ProgressListener listener) throws IOException {
        return stats(store, listener, null);
    }

    /**
     * Stats of the store's embedded index, or of a SolrCloud collection when {@code solr} is given.
     *
     * @param solr the collection, or {@code null}
     */
    public StatsOutcome stats(Path store, ProgressListener listener, SolrTarget solr) throws IOException {
        if (solr != null) {
            try (ReportIndex index = IndexBackends.open(store, solr, services.segmenter(), null)) {
                IndexStats stats = index.stats();
                return new StatsOutcome(stats, consistency(store, index.reportIds(), listener));
            }
        }
        Path index = StoreLayout.index(store);
        if (!Files.isDirectory(index)) {
            throw SearchUseCase.noIndex(index);
        }
        IndexStats stats;
        try (ReportSearcher searcher = ReportSearcher.open(index, services.segmenter())) {
            stats = searcher.stats();
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, e.getMessage(), e);
        }
        return new StatsOutcome(stats, consistency(store, IndexedReports.read(index), listener));
    }

    private static StatsOutcome.Consistency consistency(Path store, Set<String> indexed, ProgressListener listener)
            throws IOException {
        Set<String> stored;
        try (ReportStore reports = ReportStore.openReadOnly(store, listener::warned)) {
            stored = reports.ids();
        }
        int notSearchable = (int) stored.stream().filter(id -> !indexed.contains(id)).count();
        int noLongerStored = (int) indexed.stream().filter(id -> !stored.contains(id)).count();
        String warning = null;
        if (notSearchable > 0 || noLongerStored > 0) {
            List<String> parts = new ArrayList<>();
            if (notSearchable > 0) {
                parts.add(notSearchable + " stored report" + (notSearchable == 1 ? " is" : "s are") + " not searchable");
            }
            if (noLongerStored > 0) {
                parts.add(noLongerStored + " indexed report" + (noLongerStored == 1 ? " is" : "s are")
                        + " no longer in the store");
            }
            warning = "index lags the store: " + String.join(", ", parts)
                    + " — run `reportminer reindex`, or ingest again, to bring the index up to date";
        }
        return new StatsOutcome.Consistency(stored.size(), indexed.size(), notSearchable, noLongerStored,
                warning == null, warning);
    }
}
