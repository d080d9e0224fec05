package org.reportminer.corpus.store;

import java.nio.file.Path;

/** Another writer holds the store's lock; nothing was changed. */
public final class StoreLockedException extends IllegalStateException {

    private final Path lockFile;

    public StoreLockedException(Path lockFile) {
        super("store is in use by another writer (lock held on " + lockFile + "); try again when it has finished");
        this.lockFile = lockFile;
    }

    /** The lock file another process holds. */
    public Path lockFile() {
        return lockFile;
    }
}
