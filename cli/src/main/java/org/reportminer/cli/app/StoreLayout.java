package org.reportminer.cli.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a store folder keeps its parts, so that use cases and the {@code --store} option agree on them. */
public final class StoreLayout {
    /** The sub-folder every store has (see {@code ReportStore}); its absence means "not a store". */
    public static final String REPORTS_DIR = "reports";
    /** The sub-folder holding the Lucene index. */
    public static final String INDEX_DIR = "index";
    /** The sub-folder keeping files uploaded through the workbench, one folder per content hash. */
    public static final String UPLOADS_DIR = "uploads";

    private StoreLayout() {
    }

    /** Whether {@code dir} is a store (it may still lack an index). */
    public static boolean isStore(Path dir) {
        return Files.isDirectory(dir.resolve(REPORTS_DIR));
    }

    /** The index folder of the store at {@code dir}, whether or not it exists. */
    public static Path index(Path dir) {
        return dir.resolve(INDEX_DIR);
    }

    /** The uploads folder of the store at {@code dir}, whether or not it exists. */
    public static Path uploads(Path dir) {
        return dir.resolve(UPLOADS_DIR);
    }
}
