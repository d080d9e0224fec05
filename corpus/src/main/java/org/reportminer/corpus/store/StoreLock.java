package org.reportminer.corpus.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The store's writer lock: an OS lock on {@code store.lock}, held by a writer for its lifetime and by a reader only
 * while it repairs a damaged store. The OS releases it when the process dies, so a killed writer never leaves the
 * store locked.
 */
final class StoreLock implements Closeable {

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of the store in {@code dir} (which must exist), creating the lock file if needed.
     *
     * @return the lock, or {@code null} when another writer (in any process, this one included) holds it
     */
    static StoreLock tryAcquire(Path dir) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(ReportStore.LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        return new StoreLock(channel, lock);
    }

    /** As {@link #tryAcquire}, but {@code null} when {@code dir} does not exist: a reader never creates a store. */
    static StoreLock tryAcquireIfStoreExists(Path dir) throws IOException {
        return Files.isDirectory(dir) ? tryAcquire(dir) : null;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
