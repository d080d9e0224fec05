package org.reportminer.corpus.store;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Sets unusable report files aside in {@code quarantine/}, with one notice naming the file and the reason, so
 * that one damaged file never stops a command.
 */
final class Quarantine {

    private final Path dir;
    private final ReportFiles reports;
    private final AtomicFiles files;
    private final Consumer<String> notices;

    Quarantine(Path dir, ReportFiles reports, AtomicFiles files, Consumer<String> notices) {
        this.dir = dir;
        this.reports = reports;
        this.files = files;
        this.notices = notices;
    }

    /** Moves report file {@code id} to the quarantine folder; the caller holds the lock. */
    void move(String id, String reason) {
        Path file = reports.file(id);
        try {
            Path moved = files.moveAside(file, dir.resolve(ReportStore.QUARANTINE_DIR));
            notices.accept("quarantined unreadable report file " + file + " (" + reason + "); moved it to " + moved);
        } catch (IOException e) {
            notices.accept("skipped unreadable report file " + file + " (" + reason + "); could not move it to "
                    + dir.resolve(ReportStore.QUARANTINE_DIR) + ": " + e.getMessage());
        }
    }

    /**
     * A reader found report file {@code id} unusable: quarantine it if the lock is free (checking again under the
     * lock, since a writer may have rewritten it meanwhile), else only skip it.
     */
    void moveIfLockFree(String id, String reason) {
        try (StoreLock temporary = StoreLock.tryAcquireIfStoreExists(dir)) {
            if (temporary == null) {
                notices.accept(skippedWhileWriting(id, reason));
                return;
            }
            ReportFiles.Readout again;
            try {
                again = reports.read(id);
            } catch (NoSuchFileException e) {
                return;
            }
            if (again.report() == null) {
                move(id, again.problem());
            }
        } catch (IOException e) {
            notices.accept("skipped unreadable report file " + reports.file(id) + " (" + reason + ")");
        }
    }

    /** The notice for an unusable file a reader leaves in place because a writer holds the lock. */
    String skippedWhileWriting(String id, String reason) {
        return "skipped unreadable report file " + reports.file(id) + " (" + reason
                + "); the store is being written, so it stays in place until the next ingest or reindex";
    }
}
