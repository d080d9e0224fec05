package org.reportminer.cli.app;

import java.io.IOException;
import java.nio.file.Path;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.corpus.store.ReportSummary;
import org.reportminer.index.backend.ReportIndex;
import org.reportminer.index.backend.SolrTarget;
import org.reportminer.pipeline.ReportMetadata;

/**
 * Metadata: set a stored report's organisation, year and kind, as {@code ingest --org --year --kind} would have,
 * then store and reindex it. The values are checked by {@link MetadataOverrides} (length limits, year range, no
 * control characters). A value left empty falls back to what the extraction found ({@link ReportMetadata}).
 */
public final class MetadataUseCase {
    private final Services services;
    private final SolrTarget solr;

    public MetadataUseCase(Services services) {
        this(services, null);
    }

    /** Writes to the SolrCloud collection {@code solr} instead of {@code STORE/index} (when not null). */
    public MetadataUseCase(Services services, SolrTarget solr) {
        this.services = services;
        this.solr = solr;
    }

    /**
     * Sets the metadata of the report {@code ref} names.
     *
     * @param values the new values; {@code null} fields fall back to the extracted ones (the title is kept)
     * @return the report's summary as stored now
     * @throws CliException exit 3 when there is no such report, exit 2 when {@code ref} is ambiguous
     * @throws IOException  when the index cannot be written
     */
    public ReportSummary update(Path store, String ref, MetadataOverrides values, ProgressListener listener)
            throws IOException {
        try (ReportStore reports = ReportStore.openForWrite(store, listener::warned)) {
            Report stored;
            try {
                stored = reports.find(ref).orElseThrow(() -> new CliException(ExitCodes.INPUT_PROBLEMS,
                        "no report " + ref + " in " + store));
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
            }
            String title = values.title() != null ? values.title() : stored.title();
            Report given = stored.withMetadata(title, values.org(), values.year(), values.kind());
            Report updated = ReportMetadata.of(given).applyTo(given);
            reports.update(updated);
            try (ReportIndex indexer = IndexBackends.open(store, solr, services.segmenter(), null)) {
                indexer.index(updated);
                indexer.commit();
            }
            return reports.findSummary(updated.id()).orElseThrow();
        }
    }
}
