package org.reportminer.corpus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.reportminer.corpus.io.JsonCodec;
import org.reportminer.corpus.model.CorrectionOverlay;
import org.reportminer.corpus.model.Report;

/**
 * The embedded report store: a directory holding {@code reports/<id>.json} (one Jackson file per report, keyed by
 * the content hash) and {@code index.json} (a summary of every report: source path → id, metadata for listing).
 *
 * <p>Writes are atomic (temporary file, fsync, atomic rename), so a crash between files leaves every entry either
 * old or new and the store readable; stray temporary files are ignored by readers and removed by the next writer.
 * The index is derived data: it is rebuilt from the report files when missing, unreadable or out of step.
 *
 * <p>A batch of new reports does not rewrite {@code index.json} after every put (that made 5,000 puts quadratic:
 * 81 s): an added report's file is its commit point, since every open lists report files that {@code index.json}
 * lacks, so the catalog is saved once {@value #MIN_UNSAVED} puts or an eighth of the store are unsaved, and on
 * {@link #close()}. A replacement, an update and a removal still save it at once:
 * for them the catalog write is the commit point (an unlisted file whose source the catalog maps to another id is
 * the orphan of an interrupted put, and a listed file's summary is not read again).
 *
 * <p>A report file that cannot be used (malformed or truncated JSON, spans past the end of its text, another
 * report's content) is <em>quarantined</em>: moved to {@code quarantine/} with one notice naming the file and the
 * reason, and left out of every listing and lookup, so that one damaged file never stops a command. Readers
 * repair a damaged store too (quarantine, rebuilt {@code index.json}) when the lock is free for a moment; while
 * a writer holds it they only skip the damaged files.
 *
 * <p>A writer ({@link #openForWrite}) holds {@code store.lock} (an OS file lock) until {@link #close()}; a second
 * writer, in this or another process, is refused with {@link StoreLockedException}. Readers
 * ({@link #openReadOnly}) take the lock only for such a repair. One instance is not meant to be shared between
 * threads.
 *
 * <p>The work is shared out: {@link ReportFiles} owns the report files, {@link StoreCatalog} owns
 * {@code index.json}, {@link Quarantine} sets unusable files aside and {@link StoreLock} is the writer's lock;
 * this class keeps the in-memory index and the operations on it.
 */
public final class ReportStore implements AutoCloseable {

    /** Name of the lock file in the store directory. */
    public static final String LOCK_FILE = "store.lock";
    /** Folder in the store directory that unusable report files are moved to. */
    public static final String QUARANTINE_DIR = "quarantine";
    private static final Consumer<String> NO_NOTICES = notice -> { };
    /** Fewest unsaved puts before {@code index.json} is rewritten; see the class doc. */
    static final int MIN_UNSAVED = 64;

    private final Path dir;
    private final ReportFiles reports;
    private final StoreCatalog catalog;
    private final Quarantine quarantine;
    private final Consumer<String> notices;
    private final StoreLock lock;
    private final AtomicFiles files;
    private TreeMap<String, ReportSummary> index;
    /** Added reports whose file is written but which {@code index.json} does not list yet. */
    private int unsaved;

    private ReportStore(Path dir, boolean writable, AtomicFiles files, Consumer<String> notices) {
        this.dir = dir.toAbsolutePath().normalize();
        this.notices = Objects.requireNonNull(notices, "notices");
        this.files = files;
        JsonCodec json = new JsonCodec();
        this.reports = new ReportFiles(this.dir, json, files);
        this.quarantine = new Quarantine(this.dir, reports, files, this.notices);
        this.catalog = new StoreCatalog(this.dir, json, files, reports, quarantine, this.notices);
        if (writable) {
            try {
                Files.createDirectories(reports.folder());
                lock = StoreLock.tryAcquire(this.dir);
                if (lock == null) {
                    throw new StoreLockedException(this.dir.resolve(LOCK_FILE));
                }
                reports.sweepTempFiles();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open store " + this.dir + " for writing: " + e.getMessage(), e);
            }
            StoreCatalog.Loaded loaded = catalog.load();
            this.index = loaded.map();
            catalog.repair(loaded);
        } else {
            lock = null;
            StoreCatalog.Loaded loaded = catalog.load();
            if (loaded.damaged()) {
                loaded = catalog.repairIfLockFree(loaded);
            }
            this.index = loaded.map();
        }
    }

    /** Opens (creating if needed) the store in {@code dir} for writing, taking its lock; repairs go unreported. */
    public static ReportStore openForWrite(Path dir) {
        return openForWrite(dir, NO_NOTICES);
    }

    /**
     * Opens (creating if needed) the store in {@code dir} for writing, taking its lock.
     *
     * @param notices hears one line per repair: a quarantined report file, a rebuilt {@code index.json}
     */
    public static ReportStore openForWrite(Path dir, Consumer<String> notices) {
        return new ReportStore(dir, true, new AtomicFiles(), notices);
    }

    /** Opens the store in {@code dir} for reading; repairs go unreported. A missing directory reads as empty. */
    public static ReportStore openReadOnly(Path dir) {
        return openReadOnly(dir, NO_NOTICES);
    }

    /**
     * Opens the store in {@code dir} for reading. A missing directory reads as empty.
     *
     * @param notices hears one line per repair or skipped damaged file
     */
    public static ReportStore openReadOnly(Path dir, Consumer<String> notices) {
        return new ReportStore(dir, false, new AtomicFiles(), notices);
    }

    /** For tests: a writer whose atomic writes call {@code beforeMove} between temp file and rename. */
    static ReportStore openForWriteWithHook(Path dir, AtomicFiles.BeforeMove beforeMove) {
        return new ReportStore(dir, true, new AtomicFiles(beforeMove), NO_NOTICES);
    }

    /** The store directory. */
    public Path directory() {
        return dir;
    }

    /** Whether this instance may write. */
    public boolean writable() {
        return lock != null;
    }

    /**
     * Stores {@code report}. The same id already stored is a no-op ({@code UNCHANGED}); the same normalised text
     * already stored from another file is a no-op too ({@code DUPLICATE}, naming the stored id); a different report from
     * the same source path replaces the older one ({@code REPLACED}, naming its id); anything else is
     * {@code ADDED}.
     */
    public PutOutcome put(Report report) {
        requireWritable();
        String source = report.source();
        if (index.containsKey(report.id()) && Files.isRegularFile(reports.file(report.id()))) {
            return new PutOutcome(PutOutcome.Kind.UNCHANGED, report.id(), null);
        }
        String textHash = ReportSummary.textHash(report.text());
        Optional<ReportSummary> sameText = index.values().stream()
                .filter(s -> textHash.equals(s.textSha256()) && !Objects.equals(source, s.source())).findFirst();
        if (sameText.isPresent()) {
            return new PutOutcome(PutOutcome.Kind.DUPLICATE, sameText.get().id(), null);
        }
        List<String> older = index.values().stream()
                .filter(s -> source != null && source.equals(s.source()) && !s.id().equals(report.id()))
                .map(ReportSummary::id).toList();
        try {
            reports.write(report);
            index.put(report.id(), ReportSummary.of(report));
            for (String old : older) {
                index.remove(old);
            }
            if (older.isEmpty()) {
                // the report file alone is durable: an open lists it from the folder (StoreCatalog.load)
                unsaved++;
                if (unsaved >= Math.max(MIN_UNSAVED, index.size() / 8)) {
                    writeCatalog();
                }
            } else {
                writeCatalog();
            }
            for (String old : older) {
                carryCorrections(old, report.id());
                reports.delete(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + report.id() + " to " + reports.folder() + ": "
                    + e.getMessage(), e);
        }
        return older.isEmpty() ? new PutOutcome(PutOutcome.Kind.ADDED, report.id(), null)
                : new PutOutcome(PutOutcome.Kind.REPLACED, report.id(), older.get(0));
    }

    /**
     * A replaced report's corrections go with its new version (unless that has its own): they re-attach by text when
     * applied, and any whose target is gone is listed as orphaned rather than lost.
     */
    private void carryCorrections(String oldId, String newId) throws IOException {
        Path from = reports.correctionsFile(oldId);
        if (!Files.isRegularFile(from)) {
            return;
        }
        if (!Files.isRegularFile(reports.correctionsFile(newId))) {
            writeCorrections(corrections(oldId).forReport(newId));
        }
        files.delete(from);
    }

    /**
     * Rewrites an already stored report in place (same id), e.g. with a fresh extraction after an upgrade.
     *
     * @throws IllegalArgumentException when no report with that id is stored
     */
    public void update(Report report) {
        requireWritable();
        if (!index.containsKey(report.id())) {
            throw new IllegalArgumentException("no report " + report.id() + " in " + dir + " to update");
        }
        try {
            reports.write(report);
            index.put(report.id(), ReportSummary.of(report));
            writeCatalog();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + report.id() + " to " + reports.folder() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Finds a report by id, unique id prefix (at least 4 characters) or source path. A listed report whose file
     * turns out to be unusable is quarantined (with a notice) and reads as absent.
     *
     * @throws IllegalArgumentException when a prefix matches several reports
     */
    public Optional<Report> find(String idOrPath) {
        return ReportLookup.resolve(index, idOrPath).flatMap(this::readReport);
    }

    /** The summary of the report {@code idOrPath} names, as {@link #find} resolves it. */
    public Optional<ReportSummary> findSummary(String idOrPath) {
        return ReportLookup.resolve(index, idOrPath).map(index::get);
    }

    /** Summaries of all reports, sorted by source path then id; reads only the index. */
    public List<ReportSummary> list() {
        return index.values().stream()
                .sorted(Comparator.comparing((ReportSummary s) -> String.valueOf(s.source()))
                        .thenComparing(ReportSummary::id))
                .toList();
    }

    /** The ids of all stored reports. */
    public Set<String> ids() {
        return Set.copyOf(index.keySet());
    }

    /**
     * Every stored report's file hash (hex SHA-256 of the raw bytes it was read from) mapped to its id: a file
     * whose bytes hash to a key is already stored and need not be parsed again. A snapshot, safe to share between
     * threads.
     */
    public Map<String, String> fileHashes() {
        Map<String, String> hashes = new HashMap<>();
        for (ReportSummary s : index.values()) {
            if (s.sha256() != null) {
                hashes.put(s.sha256(), s.id());
            }
        }
        return Map.copyOf(hashes);
    }

    /** Number of stored reports. */
    public int size() {
        return index.size();
    }

    /** Removes the report {@code idOrPath} names; returns its id, or empty when there was none. */
    public Optional<String> remove(String idOrPath) {
        requireWritable();
        Optional<String> id = ReportLookup.resolve(index, idOrPath);
        if (id.isEmpty()) {
            return id;
        }
        try {
            index.remove(id.get());
            writeCatalog();
            reports.delete(id.get());
            // the user removed the report: its corrections have nothing left to correct
            files.delete(reports.correctionsFile(id.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove report " + id.get() + ": " + e.getMessage(), e);
        }
        return id;
    }

    /**
     * The corrections a user made to report {@code id} (empty when none), read from {@code reports/<id>.corrections.json}.
     *
     * @throws UncheckedIOException naming the file when it cannot be read or is not a corrections overlay: a
     *                              correction is never dropped silently
     */
    public CorrectionOverlay corrections(String id) {
        Path file = reports.correctionsFile(id);
        if (!Files.isRegularFile(file)) {
            return CorrectionOverlay.empty(id);
        }
        try {
            CorrectionOverlay overlay = new JsonCodec().read(file, CorrectionOverlay.class);
            return overlay.reportId().equals(id) ? overlay : overlay.forReport(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corrections of report " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores the corrections of a stored report atomically beside it (an empty overlay deletes the file). The report's
     * own file, and so its extraction, is never touched.
     *
     * @throws IllegalArgumentException when no report with that id is stored
     */
    public void putCorrections(CorrectionOverlay overlay) {
        requireWritable();
        String id = overlay.reportId();
        if (!index.containsKey(id)) {
            throw new IllegalArgumentException("no report " + id + " in " + dir + " to correct");
        }
        writeCorrections(overlay);
    }

    private void writeCorrections(CorrectionOverlay overlay) {
        Path file = reports.correctionsFile(overlay.reportId());
        try {
            if (overlay.hasCorrections()) {
                files.write(file, new JsonCodec().toBytes(overlay));
            } else {
                files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corrections of report " + overlay.reportId() + " to "
                    + file + ": " + e.getMessage(), e);
        }
    }

    private void writeCatalog() {
        // cleared first: a failed write is not retried by close(), and nothing is lost since the files list it
        unsaved = 0;
        catalog.write(index.values());
    }

    /** Saves the catalog when puts left it behind the report files, then releases the writer's lock. */
    @Override
    public void close() {
        if (lock != null) {
            try {
                if (unsaved > 0) {
                    writeCatalog();
                }
            } finally {
                releaseLock();
            }
        }
    }

    private void releaseLock() {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release lock of store " + dir, e);
            }
        }
    }

    /** The listed report {@code id}, or empty when its file is gone or unusable (then it is dropped, with a notice). */
    private Optional<Report> readReport(String id) {
        Path file = reports.file(id);
        ReportFiles.Readout read;
        try {
            read = reports.read(id);
        } catch (NoSuchFileException e) {
            // a writer replaced or removed it after this instance read the index
            index.remove(id);
            notices.accept("report " + id + " is listed but " + file + " is gone; skipped it");
            return Optional.empty();
        }
        if (read.report() != null) {
            return Optional.of(read.report());
        }
        index.remove(id);
        if (lock != null) {
            quarantine.move(id, read.problem());
            writeCatalog();
        } else {
            quarantine.moveIfLockFree(id, read.problem());
        }
        return Optional.empty();
    }

    private void requireWritable() {
        if (lock == null) {
            throw new IllegalStateException("store " + dir + " was opened read-only");
        }
    }
}
