package org.reportminer.cli.web;

import java.util.concurrent.locks.ReentrantLock;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.CatalogUseCase;
import org.reportminer.cli.app.CompareUseCase;
import org.reportminer.cli.app.CorrectUseCase;
import org.reportminer.cli.app.DeleteUseCase;
import org.reportminer.cli.app.LedgerUseCase;
import org.reportminer.cli.app.MetadataUseCase;
import org.reportminer.cli.app.ProgressListener;
import org.reportminer.cli.app.SearchUseCase;
import org.reportminer.cli.app.TrackingUseCase;
import org.reportminer.cli.app.UploadUseCase;

/**
 * What every handler shares: the configuration, the use cases and the one write lock. Reads (list, show, search,
 * compare, ledger, tracking) run in parallel on the store's read-only views; writes (upload, delete, metadata,
 * corrections) take the lock in
 * turn, because the store admits one writer at a time and a second writer of this process would be refused by the
 * store's lock instead of waiting. Thread-safe.
 */
final class Workbench {
    /** The web pages show outcomes, not progress: repairs the store makes on the way are not shown. */
    static final ProgressListener QUIET = new ProgressListener() {
    };
    final WebConfig config;
    final Services services;
    final CatalogUseCase catalog = new CatalogUseCase();
    final SearchUseCase search;
    final CompareUseCase compare;
    final LedgerUseCase ledger;
    final UploadUseCase upload;
    final DeleteUseCase delete;
    final MetadataUseCase metadata;
    final CorrectUseCase correct = new CorrectUseCase();
    final TrackingUseCase tracking;
    /** Fair, so that uploads are ingested in the order they arrived. */
    final ReentrantLock writes = new ReentrantLock(true);

    Workbench(WebConfig config, Services services) {
        this.config = config;
        this.services = services;
        // one searcher stays open across requests; every write below tells it to refresh
        this.search = new SearchUseCase(services, true);
        this.compare = new CompareUseCase(services);
        this.tracking = new TrackingUseCase(compare);
        this.ledger = new LedgerUseCase(services);
        this.upload = new UploadUseCase(services, config.solr());
        this.delete = new DeleteUseCase(services, config.solr());
        this.metadata = new MetadataUseCase(services, config.solr());
    }

    /** Runs a write under the lock. */
    <T> T write(Write<T> action) throws Exception {
        writes.lock();
        try {
            return action.run();
        } finally {
            search.changed();
            writes.unlock();
        }
    }

    /** A write to run under the lock. */
    @FunctionalInterface
    interface Write<T> {
        T run() throws Exception;
    }
}
