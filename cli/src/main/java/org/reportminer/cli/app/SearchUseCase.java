package org.reportminer.cli.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.index.backend.ReportIndex;
import org.reportminer.index.backend.SolrTarget;
import org.reportminer.index.search.QueryException;
import org.reportminer.index.search.ReportSearcher;
import org.reportminer.index.search.SearchResult;

/**
 * Search: full-text search over a store's reports, sections, findings, measures and counts, with facets.
 *
 * <p>A one-shot caller (the CLI) opens the index for each search. A long-lived caller (the workbench) builds it with
 * {@code keepOpen}: then one searcher per index stays open across searches, is refreshed after {@link #changed()}
 * (a write to the store) and closed by {@link #close()}. Thread-safe.
 */
public final class SearchUseCase implements AutoCloseable {
    private final Services services;
    private final boolean keepOpen;
    /** The open searcher (keepOpen only); guarded by {@code this}. */
    private ReportSearcher open;
    /** The open Solr collection (keepOpen only): one client, not a ZooKeeper session per search; guarded by this. */
    private ReportIndex openSolr;
    private boolean stale;

    public SearchUseCase(Services services) {
        this(services, false);
    }

    /** With {@code keepOpen}, keeps one searcher open across searches (see the class comment). */
    public SearchUseCase(Services services, boolean keepOpen) {
        this.services = services;
        this.keepOpen = keepOpen;
    }

    /** Tells a keep-open search that the store was written: the next search refreshes its reader first. */
    public synchronized void changed() {
        stale = true;
    }

    @Override
    public synchronized void close() throws IOException {
        if (open != null) {
            open.close();
            open = null;
        }
        if (openSolr != null) {
            openSolr.close();
            openSolr = null;
        }
    }

    /** The kept client of the collection {@code solr}, opened on first use (Solr refreshes on its own commits). */
    private synchronized ReportIndex keptSolr(Path store, SolrTarget solr) {
        if (openSolr == null) {
            openSolr = IndexBackends.open(store, solr, services.segmenter(), null);
        }
        return openSolr;
    }

    /** The kept searcher of {@code index}, opened or refreshed as needed. */
    private synchronized ReportSearcher kept(Path index) throws IOException {
        if (open != null && !open.path().equals(index)) {
            close();
        }
        if (open != null && stale) {
            try {
                open.refresh();
            } catch (IOException e) {
                // the index was replaced under it (a reindex): open it anew; searches still holding the old
                // reader finish on it, as the reader is reference-counted
                close();
            }
        }
        if (open == null) {
            open = ReportSearcher.open(index, services.segmenter(), null);
        }
        stale = false;
        return open;
    }

    /**
     * @throws CliException a usage error (exit 2) for a bad query or a missing synonym file; exit 3 when the store
     *                      has no index yet
     * @throws IOException  when the index cannot be read
     */
    public SearchResult search(SearchRequest request) throws IOException {
        if (request.solr() != null) {
            if (request.synonyms() != null) {
                throw new CliException(ExitCodes.USAGE, "--synonyms works with the embedded index only; a Solr"
                        + " collection takes its synonyms from its configset");
            }
            if (keepOpen) {
                try {
                    return keptSolr(request.store(), request.solr()).search(request.query(), request.tags());
                } catch (QueryException e) {
                    throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
                }
            }
            try (ReportIndex solr = IndexBackends.open(request.store(), request.solr(), services.segmenter(), null)) {
                return solr.search(request.query(), request.tags());
            } catch (QueryException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
            }
        }
        Path index = StoreLayout.index(request.store());
        if (!Files.isDirectory(index)) {
            throw noIndex(index);
        }
        if (request.synonyms() != null && !Files.isRegularFile(request.synonyms())) {
            throw new CliException(ExitCodes.USAGE, "--synonyms " + request.synonyms() + ": no such file");
        }
        if (keepOpen && request.synonyms() == null) {
            try {
                return kept(index).search(request.query(), request.tags());
            } catch (QueryException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
            } catch (NoSuchFileException e) {
                throw new CliException(ExitCodes.INPUT_PROBLEMS, e.getMessage(), e);
            }
        }
        try (ReportSearcher searcher = ReportSearcher.open(index, services.segmenter(), request.synonyms())) {
            return searcher.search(request.query(), request.tags());
        } catch (QueryException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, e.getMessage(), e);
        }
    }

    /** The error for a store without an index (exit 3), shared with {@link StatsUseCase}. */
    static CliException noIndex(Path index) {
        return new CliException(ExitCodes.INPUT_PROBLEMS, "no index at " + index
                + "; ingest reports first (reportminer ingest PATH) or run reportminer reindex");
    }
}
