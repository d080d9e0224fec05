package org.reportminer.corpus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reportminer.corpus.io.JsonCodec;
import org.reportminer.corpus.io.MalformedJsonException;
import org.reportminer.corpus.model.Report;

/**
 * The embedded report store: a directory holding {@code reports/<id>.json} (one Jackson file per report, keyed by
 * the content hash) and {@code index.json} (a summary of every report: source path → id, metadata for listing).
 *
 * <p>Writes are atomic (temporary file, fsync, atomic rename), so a crash between files leaves every entry either
 * old or new and the store readable; stray temporary files are ignored by readers and removed by the next writer.
 * The index is derived data: it is rebuilt from the report files when missing, unreadable or out of step.
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
 */
public final class ReportStore implements AutoCloseable {

    /** Name of the lock file in the store directory. */
    public static final String LOCK_FILE = "store.lock";
    /** Folder in the store directory that unusable report files are moved to. */
    public static final String QUARANTINE_DIR = "quarantine";
    static final String REPORTS_DIR = "reports";
    static final String INDEX_FILE = "index.json";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    private static final int MIN_PREFIX = 4;
    private static final int MAX_REASON = 160;
    private static final Consumer<String> NO_NOTICES = notice -> { };

    private final Path dir;
    private final Path reportsDir;
    private final Path indexFile;
    private final JsonCodec json;
    private final AtomicFiles files;
    private final Consumer<String> notices;
    private final StoreLock lock;
    private TreeMap<String, ReportSummary> index;

    private ReportStore(Path dir, boolean writable, AtomicFiles files, Consumer<String> notices) {
        this.dir = dir.toAbsolutePath().normalize();
        this.reportsDir = this.dir.resolve(REPORTS_DIR);
        this.indexFile = this.dir.resolve(INDEX_FILE);
        this.json = new JsonCodec();
        this.files = files;
        this.notices = Objects.requireNonNull(notices, "notices");
        if (writable) {
            try {
                Files.createDirectories(reportsDir);
                lock = StoreLock.tryAcquire(this.dir);
                if (lock == null) {
                    throw new StoreLockedException(this.dir.resolve(LOCK_FILE));
                }
                sweepTempFiles();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open store " + this.dir + " for writing: " + e.getMessage(), e);
            }
            Loaded loaded = loadIndex();
            this.index = loaded.map();
            repair(loaded);
        } else {
            lock = null;
            Loaded loaded = loadIndex();
            if (loaded.damaged()) {
                loaded = repairWithTemporaryLock(loaded);
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
        if (index.containsKey(report.id()) && Files.isRegularFile(reportFile(report.id()))) {
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
            files.write(reportFile(report.id()), json.toBytes(report));
            index.put(report.id(), ReportSummary.of(report));
            for (String old : older) {
                index.remove(old);
            }
            writeIndex();
            for (String old : older) {
                files.delete(reportFile(old));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + report.id() + " to " + reportsDir + ": "
                    + e.getMessage(), e);
        }
        return older.isEmpty() ? new PutOutcome(PutOutcome.Kind.ADDED, report.id(), null)
                : new PutOutcome(PutOutcome.Kind.REPLACED, report.id(), older.get(0));
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
            files.write(reportFile(report.id()), json.toBytes(report));
            index.put(report.id(), ReportSummary.of(report));
            writeIndex();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + report.id() + " to " + reportsDir + ": "
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
        return resolveId(idOrPath).flatMap(this::readReport);
    }

    /** The summary of the report {@code idOrPath} names, as {@link #find} resolves it. */
    public Optional<ReportSummary> findSummary(String idOrPath) {
        return resolveId(idOrPath).map(index::get);
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
        Optional<String> id = resolveId(idOrPath);
        if (id.isEmpty()) {
            return id;
        }
        try {
            index.remove(id.get());
            writeIndex();
            files.delete(reportFile(id.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove report " + id.get() + ": " + e.getMessage(), e);
        }
        return id;
    }

    /** Releases the writer's lock; a reader has nothing to release. */
    @Override
    public void close() {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release lock of store " + dir, e);
            }
        }
    }

    // ---- internals ----

    private Optional<String> resolveId(String idOrPath) {
        if (idOrPath == null || idOrPath.isBlank()) {
            return Optional.empty();
        }
        String key = idOrPath.strip();
        if (index.containsKey(key)) {
            return Optional.of(key);
        }
        if (key.length() >= MIN_PREFIX && key.matches("[0-9a-f]+")) {
            List<String> matches = index.keySet().stream().filter(id -> id.startsWith(key)).toList();
            if (matches.size() > 1) {
                throw new IllegalArgumentException("id prefix '" + key + "' is ambiguous: matches " + matches.size()
                        + " reports (" + String.join(", ", matches.subList(0, Math.min(5, matches.size()))) + ")");
            }
            if (matches.size() == 1) {
                return Optional.of(matches.get(0));
            }
        }
        String path = normalisedPath(key);
        return index.values().stream()
                .filter(s -> key.equals(s.source()) || path.equals(s.source()))
                .map(ReportSummary::id).findFirst();
    }

    private static String normalisedPath(String key) {
        try {
            return Path.of(key).toAbsolutePath().normalize().toString();
        } catch (RuntimeException e) {
            return key;
        }
    }

    /** The listed report {@code id}, or empty when its file is gone or unusable (then it is dropped, with a notice). */
    private Optional<Report> readReport(String id) {
        Path file = reportFile(id);
        Readout read;
        try {
            read = readChecked(id);
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
            quarantine(id, read.problem());
            writeIndex();
        } else {
            quarantineWithTemporaryLock(id, read.problem());
        }
        return Optional.empty();
    }

    /** A report file read back: the report, or why it cannot be used. */
    private record Readout(Report report, String problem) {
    }

    /**
     * Reads and checks report file {@code id}.
     *
     * @throws NoSuchFileException when the file does not exist
     * @throws UncheckedIOException when it cannot be read at all (permissions, I/O error): not the file's fault
     */
    private Readout readChecked(String id) throws NoSuchFileException {
        Path file = reportFile(id);
        Report report;
        try {
            report = json.read(file, Report.class);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (MalformedJsonException e) {
            String message = String.valueOf(e.getMessage());
            String prefix = file + ": ";
            return new Readout(null, cap(message.startsWith(prefix) ? message.substring(prefix.length()) : message));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report " + file + ": " + e.getMessage(), e);
        }
        String problem = StoredReportCheck.problem(report, id);
        return problem == null ? new Readout(report, null) : new Readout(null, cap(problem));
    }

    private static String cap(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "…";
    }

    /** Moves report file {@code id} to the quarantine folder; the caller holds the lock. */
    private void quarantine(String id, String reason) {
        Path file = reportFile(id);
        try {
            Path moved = files.moveAside(file, dir.resolve(QUARANTINE_DIR));
            notices.accept("quarantined unreadable report file " + file + " (" + reason + "); moved it to " + moved);
        } catch (IOException e) {
            notices.accept("skipped unreadable report file " + file + " (" + reason + "); could not move it to "
                    + dir.resolve(QUARANTINE_DIR) + ": " + e.getMessage());
        }
    }

    /**
     * A reader found report file {@code id} unusable: quarantine it if the lock is free (checking again under the
     * lock, since a writer may have rewritten it meanwhile), else only skip it.
     */
    private void quarantineWithTemporaryLock(String id, String reason) {
        try (StoreLock temporary = StoreLock.tryAcquireIfStoreExists(dir)) {
            if (temporary == null) {
                notices.accept("skipped unreadable report file " + reportFile(id) + " (" + reason
                        + "); the store is being written, so it stays in place until the next ingest or reindex");
                return;
            }
            Readout again;
            try {
                again = readChecked(id);
            } catch (NoSuchFileException e) {
                return;
            }
            if (again.report() == null) {
                quarantine(id, again.problem());
            }
        } catch (IOException e) {
            notices.accept("skipped unreadable report file " + reportFile(id) + " (" + reason + ")");
        }
    }

    private Path reportFile(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a report id (16 hex digits): " + id);
        }
        return reportsDir.resolve(id + ".json");
    }

    private void requireWritable() {
        if (lock == null) {
            throw new IllegalStateException("store " + dir + " was opened read-only");
        }
    }

    /** Ids of the report files present, ignoring temporary and foreign files. */
    private Set<String> idsOnDisk() {
        if (!Files.isDirectory(reportsDir)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(reportsDir)) {
            return s.filter(p -> !AtomicFiles.isTemp(p))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && ID.matcher(n.substring(0, n.length() - 5)).matches())
                    .map(n -> n.substring(0, n.length() - 5))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + reportsDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The index as loaded and reconciled with the report files, before any repair is written.
     *
     * @param map          the reports to serve, by id
     * @param orphans      report files of interrupted puts, to delete
     * @param unusable     report files that cannot be used, id → reason, to quarantine
     * @param indexProblem why {@code index.json} had to be rebuilt from the report files, or {@code null}
     * @param indexInStep  whether {@code index.json} on disk already lists exactly the ids of {@code map}
     */
    private record Loaded(TreeMap<String, ReportSummary> map, List<String> orphans, Map<String, String> unusable,
                          String indexProblem, boolean indexInStep) {
        /** Whether a reader should try to repair the store rather than only work around the damage. */
        boolean damaged() {
            return indexProblem != null || !unusable.isEmpty();
        }
    }

    /**
     * Loads the index and reconciles it with the report files. The index write is a put's commit point: a report
     * file the index lacks whose source the index already maps to another id is an orphan of an interrupted put
     * (written before the index, or replaced but not yet deleted) and is ignored, and removed by a writer. Other
     * unlisted files are added (an unusable one is set aside for quarantine); listed ids without a file are
     * dropped. An unreadable index is rebuilt from the report files. Changes nothing on disk.
     */
    private Loaded loadIndex() {
        Set<String> onDisk = idsOnDisk();
        TreeMap<String, ReportSummary> map = new TreeMap<>();
        String indexProblem = null;
        boolean readable = false;
        if (Files.isRegularFile(indexFile)) {
            try {
                StoreIndex stored = json.read(indexFile, StoreIndex.class);
                if (stored.version() != StoreIndex.VERSION) {
                    indexProblem = "format version " + stored.version() + ", expected " + StoreIndex.VERSION;
                } else if (stored.reports().stream().anyMatch(s -> s == null || s.id() == null
                        || !ID.matcher(s.id()).matches())) {
                    indexProblem = "an entry without a valid report id";
                } else {
                    stored.reports().forEach(s -> map.put(s.id(), s));
                    readable = true;
                }
            } catch (MalformedJsonException e) {
                String message = String.valueOf(e.getMessage());
                indexProblem = cap(message.startsWith(indexFile + ": ")
                        ? message.substring(indexFile.toString().length() + 2) : message);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read store index " + indexFile + ": " + e.getMessage(), e);
            }
        } else if (!onDisk.isEmpty()) {
            indexProblem = "missing";
        }
        Set<String> listed = Set.copyOf(map.keySet());
        map.keySet().retainAll(onDisk);
        Set<String> sources = map.values().stream().map(ReportSummary::source).collect(Collectors.toSet());
        List<String> orphans = new ArrayList<>();
        Map<String, String> unusable = new TreeMap<>();
        for (String id : onDisk) {
            if (map.containsKey(id)) {
                continue;
            }
            Readout read;
            try {
                read = readChecked(id);
            } catch (NoSuchFileException e) {
                continue;
            }
            if (read.report() == null) {
                unusable.put(id, read.problem());
                continue;
            }
            ReportSummary summary = ReportSummary.of(read.report());
            if (readable && sources.contains(summary.source())) {
                orphans.add(id);
            } else {
                map.put(id, summary);
            }
        }
        return new Loaded(map, orphans, unusable, indexProblem, readable && listed.equals(map.keySet()));
    }

    /** A writer's repairs at open: quarantine, index rewrite, orphan removal. The caller holds the lock. */
    private void repair(Loaded loaded) {
        loaded.unusable().forEach(this::quarantine);
        if (loaded.indexProblem() != null) {
            notices.accept("store index " + indexFile + " was unreadable (" + loaded.indexProblem() + "); rebuilt it from "
                    + loaded.map().size() + " report file" + (loaded.map().size() == 1 ? "" : "s"));
        }
        if (!loaded.indexInStep()) {
            writeIndex();
        }
        try {
            for (String orphan : loaded.orphans()) {
                files.delete(reportFile(orphan));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean store " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A reader found the store damaged: repair it as a writer would if the lock is free (loading again under the
     * lock, since a writer may have changed the store meanwhile), else work around the damage in memory.
     */
    private Loaded repairWithTemporaryLock(Loaded loaded) {
        try (StoreLock temporary = StoreLock.tryAcquireIfStoreExists(dir)) {
            if (temporary != null) {
                Loaded again = loadIndex();
                this.index = again.map();
                repair(again);
                return again;
            }
        } catch (IOException | UncheckedIOException e) {
            // a read-only file system or a lost race: serving the store as loaded is still right
        }
        loaded.unusable().forEach((id, reason) -> notices.accept("skipped unreadable report file " + reportFile(id)
                + " (" + reason + "); the store is being written, so it stays in place until the next ingest or reindex"));
        if (loaded.indexProblem() != null) {
            notices.accept("store index " + indexFile + " is unreadable (" + loaded.indexProblem() + "); read "
                    + loaded.map().size() + " report files instead; the next ingest or reindex saves a new one");
        }
        return loaded;
    }

    private void writeIndex() {
        try {
            files.write(indexFile, json.toBytes(new StoreIndex(StoreIndex.VERSION, new ArrayList<>(index.values()))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write store index " + indexFile + ": " + e.getMessage(), e);
        }
    }

    private void sweepTempFiles() throws IOException {
        for (Path d : List.of(dir, reportsDir)) {
            try (Stream<Path> s = Files.list(d)) {
                for (Path p : s.filter(AtomicFiles::isTemp).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
