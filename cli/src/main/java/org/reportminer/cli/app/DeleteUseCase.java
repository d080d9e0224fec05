package org.reportminer.cli.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.corpus.io.AtomicWrite;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.corpus.store.ReportSummary;
import org.reportminer.index.backend.ReportIndex;
import org.reportminer.index.backend.SolrTarget;

/**
 * Delete: remove one report from the store and from its index, under the store's writer lock. The store is the
 * truth and goes first; the index entry is deleted and committed right after, so list, search and stats agree once
 * the call returns. A process killed between the two leaves an index entry of a report no longer stored, which the
 * next ingest removes (see {@link org.reportminer.cli.work.IngestJob}). A file the workbench uploaded for the report
 * is removed last.
 */
public final class DeleteUseCase {
    private final Services services;
    private final SolrTarget solr;

    public DeleteUseCase(Services services) {
        this(services, null);
    }

    /** Writes to the SolrCloud collection {@code solr} instead of {@code STORE/index} (when not null). */
    public DeleteUseCase(Services services, SolrTarget solr) {
        this.services = services;
        this.solr = solr;
    }

    /**
     * What was deleted.
     *
     * @param id     the report id
     * @param source the file it was read from
     * @param title  its title, or {@code null}
     */
    public record Outcome(String id, String source, String title) {
    }

    /**
     * Deletes the report {@code ref} names (id, id prefix of four or more characters, or source path).
     *
     * @throws CliException exit 3 when there is no such report, exit 2 when {@code ref} is ambiguous
     * @throws IOException  when the index cannot be written
     * @throws org.reportminer.corpus.store.StoreLockedException when another process writes the store
     */
    public Outcome delete(Path store, String ref, ProgressListener listener) throws IOException {
        try (ReportStore reports = ReportStore.openForWrite(store, listener::warned)) {
            Optional<ReportSummary> found;
            try {
                found = reports.findSummary(ref);
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
            }
            ReportSummary s = found.orElseThrow(() -> new CliException(ExitCodes.INPUT_PROBLEMS,
                    "no report " + ref + " in " + store));
            reports.remove(s.id());
            try (ReportIndex indexer = IndexBackends.open(store, solr, services.segmenter(), null)) {
                indexer.delete(s.id());
                indexer.commit();
            }
            removeUpload(store, s.source());
            return new Outcome(s.id(), s.source(), s.title());
        }
    }

    /** Removes the uploaded file (and its folder) when the report came from the store's uploads folder. */
    private static void removeUpload(Path store, String source) throws IOException {
        if (source == null) {
            return;
        }
        Path uploads = StoreLayout.uploads(store).toAbsolutePath().normalize();
        Path file = Path.of(source).toAbsolutePath().normalize();
        if (file.startsWith(uploads) && !file.equals(uploads)) {
            AtomicWrite.delete(file);
            Path folder = file.getParent();
            if (!folder.equals(uploads) && Files.isDirectory(folder)) {
                try (var left = Files.list(folder)) {
                    if (left.findAny().isEmpty()) {
                        Files.deleteIfExists(folder);
                    }
                }
            }
        }
    }
}
