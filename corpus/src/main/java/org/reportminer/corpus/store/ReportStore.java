package org.reportminer.corpus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reportminer.corpus.io.JsonCodec;
import org.reportminer.corpus.model.Report;

/**
 * The embedded report store: a directory holding {@code reports/<id>.json} (one Jackson file per report, keyed by
 * the content hash) and {@code index.json} (a summary of every report: source path → id, metadata for listing).
 *
 * <p>Writes are atomic (temporary file, fsync, atomic rename), so a crash between files leaves every entry either
 * old or new and the store readable; stray temporary files are ignored by readers and removed by the next writer.
 * The index is derived data: it is rebuilt from the report files when missing, unreadable or out of step.
 *
 * <p>A writer ({@link #openForWrite}) holds {@code store.lock} (an OS file lock) until {@link #close()}; a second
 * writer, in this or another process, is refused with {@link StoreLockedException}. Readers
 * ({@link #openReadOnly}) take no lock. One instance is not meant to be shared between threads.
 */
public final class ReportStore implements AutoCloseable {

    /** Name of the lock file in the store directory. */
    public static final String LOCK_FILE = "store.lock";
    static final String REPORTS_DIR = "reports";
    static final String INDEX_FILE = "index.json";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    private static final int MIN_PREFIX = 4;

    private final Path dir;
    private final Path reportsDir;
    private final Path indexFile;
    private final JsonCodec json;
    private final AtomicFiles files;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private TreeMap<String, ReportSummary> index;
    private final List<String> orphans = new ArrayList<>();

    private ReportStore(Path dir, boolean writable, AtomicFiles files) {
        this.dir = dir.toAbsolutePath().normalize();
        this.reportsDir = this.dir.resolve(REPORTS_DIR);
        this.indexFile = this.dir.resolve(INDEX_FILE);
        this.json = new JsonCodec();
        this.files = files;
        if (writable) {
            try {
                Files.createDirectories(reportsDir);
                Path lockFile = this.dir.resolve(LOCK_FILE);
                lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock acquired;
                try {
                    acquired = lockChannel.tryLock();
                } catch (OverlappingFileLockException e) {
                    acquired = null;
                }
                if (acquired == null) {
                    lockChannel.close();
                    throw new StoreLockedException(lockFile);
                }
                lock = acquired;
                sweepTempFiles();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open store " + this.dir + " for writing: " + e.getMessage(), e);
            }
        } else {
            lockChannel = null;
            lock = null;
        }
        this.index = loadIndex();
        if (writable) {
            if (!indexOnDiskMatches()) {
                writeIndex();
            }
            try {
                for (String orphan : orphans) {
                    files.delete(reportFile(orphan));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clean store " + this.dir + ": " + e.getMessage(), e);
            }
        }
    }

    /** Opens (creating if needed) the store in {@code dir} for writing, taking its lock. */
    public static ReportStore openForWrite(Path dir) {
        return new ReportStore(dir, true, new AtomicFiles());
    }

    /** Opens the store in {@code dir} for reading only, without a lock. A missing directory reads as empty. */
    public static ReportStore openReadOnly(Path dir) {
        return new ReportStore(dir, false, new AtomicFiles());
    }

    /** For tests: a writer whose atomic writes call {@code beforeMove} between temp file and rename. */
    static ReportStore openForWrite(Path dir, AtomicFiles.BeforeMove beforeMove) {
        return new ReportStore(dir, true, new AtomicFiles(beforeMove));
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
     * Finds a report by id, unique id prefix (at least 4 characters) or source path.
     *
     * @throws IllegalArgumentException when a prefix matches several reports
     */
    public Optional<Report> find(String idOrPath) {
        return resolveId(idOrPath).map(this::readReport);
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
        if (lockChannel != null) {
            try {
                lock.release();
                lockChannel.close();
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

    private Report readReport(String id) {
        Path file = reportFile(id);
        try {
            return json.read(file, Report.class);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("store " + dir + " lists report " + id + " but " + file
                    + " is missing; run a writer to rebuild the index", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report " + file + ": " + e.getMessage(), e);
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
     * Loads the index and reconciles it with the report files. The index write is a put's commit point: a report
     * file the index lacks whose source the index already maps to another id is an orphan of an interrupted put
     * (written before the index, or replaced but not yet deleted) and is ignored, and removed by a writer. Other
     * unlisted files are added; listed ids without a file are dropped. An unreadable index is rebuilt.
     */
    private TreeMap<String, ReportSummary> loadIndex() {
        Set<String> onDisk = idsOnDisk();
        TreeMap<String, ReportSummary> map = new TreeMap<>();
        boolean readable = false;
        if (Files.isRegularFile(indexFile)) {
            try {
                StoreIndex stored = json.read(indexFile, StoreIndex.class);
                if (stored.version() == StoreIndex.VERSION) {
                    stored.reports().forEach(s -> map.put(s.id(), s));
                    readable = true;
                }
            } catch (IOException e) {
                // unreadable index: rebuilt from the reports, which are the truth
            }
        }
        map.keySet().retainAll(onDisk);
        Set<String> sources = map.values().stream().map(ReportSummary::source).collect(Collectors.toSet());
        for (String id : onDisk) {
            if (map.containsKey(id)) {
                continue;
            }
            ReportSummary summary = ReportSummary.of(readReportFile(id));
            if (readable && sources.contains(summary.source())) {
                orphans.add(id);
            } else {
                map.put(id, summary);
            }
        }
        return map;
    }

    private Report readReportFile(String id) {
        try {
            return json.read(reportFile(id), Report.class);
        } catch (IOException e) {
            throw new UncheckedIOException("store " + dir + " has an unreadable report file "
                    + reportFile(id) + ": " + e.getMessage(), e);
        }
    }

    private boolean indexOnDiskMatches() {
        if (!Files.isRegularFile(indexFile)) {
            return false;
        }
        try {
            StoreIndex stored = json.read(indexFile, StoreIndex.class);
            return stored.version() == StoreIndex.VERSION
                    && stored.reports().stream().map(ReportSummary::id).collect(Collectors.toSet())
                    .equals(index.keySet());
        } catch (IOException e) {
            return false;
        }
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
