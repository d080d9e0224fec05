package org.reportminer.corpus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.reportminer.corpus.io.JsonCodec;
import org.reportminer.corpus.io.MalformedJsonException;

/**
 * The store's catalog, {@code index.json}: loads it and reconciles it with the report files, rebuilds it when it is
 * missing, unreadable or out of step, and writes it. The index is derived data; the report files are the truth.
 */
final class StoreCatalog {

    static final String INDEX_FILE = "index.json";

    private final Path dir;
    private final Path indexFile;
    private final JsonCodec json;
    private final AtomicFiles files;
    private final ReportFiles reports;
    private final Quarantine quarantine;
    private final Consumer<String> notices;

    StoreCatalog(Path dir, JsonCodec json, AtomicFiles files, ReportFiles reports, Quarantine quarantine,
                 Consumer<String> notices) {
        this.dir = dir;
        this.indexFile = dir.resolve(INDEX_FILE);
        this.json = json;
        this.files = files;
        this.reports = reports;
        this.quarantine = quarantine;
        this.notices = notices;
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
    record Loaded(TreeMap<String, ReportSummary> map, List<String> orphans, Map<String, String> unusable,
                  String indexProblem, boolean indexInStep) {
        /** Whether a reader should try to repair the store rather than only work around the damage. */
        boolean damaged() {
            return indexProblem != null || !unusable.isEmpty();
        }
    }

    /**
     * Loads the index and reconciles it with the report files. The index write is a replacing put's commit point: a
     * report file the index lacks whose source the index already maps to another id is an orphan of an interrupted
     * put (written before the index, or replaced but not yet deleted) and is ignored, and removed by a writer. Other
     * unlisted files (a batch's added reports, whose index write is deferred: see {@link ReportStore}) are added (an unusable one is set aside for quarantine); listed ids without a file are
     * dropped. An unreadable index is rebuilt from the report files. Changes nothing on disk.
     */
    Loaded load() {
        Set<String> onDisk = reports.idsOnDisk();
        TreeMap<String, ReportSummary> map = new TreeMap<>();
        String indexProblem = null;
        boolean readable = false;
        if (Files.isRegularFile(indexFile)) {
            try {
                StoreIndex stored = json.read(indexFile, StoreIndex.class);
                if (stored.version() != StoreIndex.VERSION) {
                    indexProblem = "format version " + stored.version() + ", expected " + StoreIndex.VERSION;
                } else if (stored.reports().stream().anyMatch(s -> s == null || s.id() == null
                        || !ReportFiles.isId(s.id()))) {
                    indexProblem = "an entry without a valid report id";
                } else {
                    stored.reports().forEach(s -> map.put(s.id(), s));
                    readable = true;
                }
            } catch (MalformedJsonException e) {
                indexProblem = ReportFiles.reason(e, indexFile);
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
            ReportFiles.Readout read;
            try {
                read = reports.read(id);
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
    void repair(Loaded loaded) {
        loaded.unusable().forEach(quarantine::move);
        if (loaded.indexProblem() != null) {
            notices.accept("store index " + indexFile + " was unreadable (" + loaded.indexProblem() + "); rebuilt it from "
                    + loaded.map().size() + " report file" + (loaded.map().size() == 1 ? "" : "s"));
        }
        if (!loaded.indexInStep()) {
            write(loaded.map().values());
        }
        try {
            for (String orphan : loaded.orphans()) {
                reports.delete(orphan);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean store " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A reader found the store damaged: repair it as a writer would if the lock is free (loading again under the
     * lock, since a writer may have changed the store meanwhile), else work around the damage in memory.
     */
    Loaded repairIfLockFree(Loaded loaded) {
        try (StoreLock temporary = StoreLock.tryAcquireIfStoreExists(dir)) {
            if (temporary != null) {
                Loaded again = load();
                repair(again);
                return again;
            }
        } catch (IOException | UncheckedIOException e) {
            // a read-only file system or a lost race: serving the store as loaded is still right
        }
        loaded.unusable().forEach((id, reason) -> notices.accept(quarantine.skippedWhileWriting(id, reason)));
        if (loaded.indexProblem() != null) {
            notices.accept("store index " + indexFile + " is unreadable (" + loaded.indexProblem() + "); read "
                    + loaded.map().size() + " report files instead; the next ingest or reindex saves a new one");
        }
        return loaded;
    }

    /** Writes {@code summaries} as the new {@code index.json}, atomically. */
    void write(Collection<ReportSummary> summaries) {
        try {
            files.write(indexFile, json.toBytes(new StoreIndex(StoreIndex.VERSION, new ArrayList<>(summaries))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write store index " + indexFile + ": " + e.getMessage(), e);
        }
    }
}
