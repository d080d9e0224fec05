package org.reportminer.cli.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.index.backend.ReportIndex;
import org.reportminer.index.search.QueryException;
import org.reportminer.index.search.ReportSearcher;
import org.reportminer.index.search.SearchResult;

/** Search: full-text search over a store's reports, sections, findings, measures and counts, with facets. */
public final class SearchUseCase {
    private final Services services;

    public SearchUseCase(Services services) {
        this.services = services;
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
