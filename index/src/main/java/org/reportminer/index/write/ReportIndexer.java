package org.reportminer.index.write;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.analysis.BigramAnalyzer;
import org.reportminer.index.analysis.ReportAnalyzer;
import org.reportminer.index.schema.ReportField;
import org.reportminer.pipeline.segment.Segmenter;

/**
 * Writes reports into the index at a directory (the CLI uses {@code STORE/index}): one document per report,
 * section, finding, measure and count.
 *
 * <p>Durability: nothing is visible to searchers, nor survives a crash, until {@link #commit()}. Commit once per
 * batch. A newly created index gets an empty first commit at once, because a crash during the very first commit
 * may leave an unreadable index (LUCENE-4738). {@link #close()} does <em>not</em> commit: pending changes are
 * discarded, exactly as a kill before commit would discard them. Re-indexing a report replaces all its documents
 * atomically ({@code updateDocuments} keyed by report id). After a fatal writer error (disk full, OOM) the writer
 * closes itself; every later call fails with that cause rather than writing on.
 *
 * <p>One indexer per index directory at a time (Lucene's write lock; a second one fails with a clear message).
 * Thread-safe for concurrent {@link #index(Report)} calls.
 */
public final class ReportIndexer implements Closeable, ReportSink {

    private final Path path;
    private final IndexWriter writer;
    private final Segmenter segmenter;
    private final ReportAnalyzer words;

    private ReportIndexer(Path path, IndexWriter writer, Segmenter segmenter) {
        this.path = path;
        this.writer = writer;
        this.segmenter = segmenter;
        this.words = ReportAnalyzer.forIndex(segmenter);
    }

    /**
     * Opens the index at {@code indexDir}, creating the directory and an empty committed index when none exists.
     *
     * @param segmenter the word segmenter of the word field; searchers must use the same one. Only its words are
     *                  indexed, so its {@link Segmenter#wordsOnly()} form does the work.
     * @throws IOException the directory cannot be created, or another process holds the index lock
     */
    public static ReportIndexer open(Path indexDir, Segmenter segmenter) throws IOException {
        Segmenter words = Objects.requireNonNull(segmenter, "segmenter").wordsOnly();
        Files.createDirectories(indexDir);
        Directory dir = FSDirectory.open(indexDir);
        try {
            boolean fresh = !DirectoryReader.indexExists(dir);
            IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer(words))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(dir, config);
            if (fresh) {
                writer.commit();
            }
            return new ReportIndexer(indexDir, writer, words);
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new IOException(indexDir + ": index is locked by another writer (is another ingest running?)", e);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /**
     * Opens the index at {@code indexDir} for a rebuild: every document is deleted (searchers still see the old
     * ones until the next {@link #commit()}). An index too damaged to open (see {@link IndexDamage}) is moved aside
     * to {@code index.broken-<time>} beside it, where it can be inspected or deleted, and a fresh one is created.
     *
     * @param movedAside hears where a damaged index was moved and why
     * @throws IOException the directory cannot be created or moved, or another writer holds the index lock
     */
    public static ReportIndexer openEmpty(Path indexDir, Segmenter segmenter, Consumer<String> movedAside)
            throws IOException {
        ReportIndexer indexer;
        try {
            indexer = open(indexDir, segmenter);
        } catch (IOException | RuntimeException e) {
            Optional<String> damage = IndexDamage.reason(e).or(() -> e instanceof RuntimeException
                    ? IndexDamage.verify(indexDir) : Optional.empty());
            if (damage.isEmpty()) {
                throw e;
            }
            Path aside = moveAside(indexDir);
            movedAside.accept("index " + indexDir + " is damaged (" + damage.get() + "); moved it to " + aside
                    + " and building a new one");
            return open(indexDir, segmenter);
        }
        try {
            indexer.deleteAll();
        } catch (IOException | RuntimeException e) {
            indexer.close();
            throw e;
        }
        return indexer;
    }

    private static Path moveAside(Path indexDir) throws IOException {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).format(LocalDateTime.now());
        Path aside = indexDir.resolveSibling(indexDir.getFileName() + ".broken-" + stamp);
        for (int i = 2; Files.exists(aside); i++) {
            aside = indexDir.resolveSibling(indexDir.getFileName() + ".broken-" + stamp + "-" + i);
        }
        Files.move(indexDir, aside, StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }

    /** The per-field index-time analyzer: words for text and title, bigrams for the bigram field. */
    public static Analyzer indexAnalyzer(Segmenter segmenter) {
        return new PerFieldAnalyzerWrapper(ReportAnalyzer.forIndex(segmenter),
                Map.of(ReportField.TEXT_BIGRAM.fieldName(), new BigramAnalyzer(true)));
    }

    /**
     * Adds {@code report}, replacing every document previously indexed for its id. Visible after {@link #commit()}.
     *
     * @throws IllegalArgumentException an extracted span lies outside the report text
     */
    @Override
    public void index(Report report) throws IOException {
        ensureHealthy();
        try {
            writer.updateDocuments(new Term(ReportField.REPORT_ID.fieldName(), report.id()), ReportDocuments.of(report, words, segmenter));
        } catch (IOException | RuntimeException e) {
            throw fatalOr(e);
        }
    }

    /** Indexes every report, then commits once. */
    public void indexBatch(Collection<Report> reports) throws IOException {
        for (Report report : reports) {
            index(report);
        }
        commit();
    }

    /** {@link #deleteReport}. */
    @Override
    public void delete(String reportId) throws IOException {
        deleteReport(reportId);
    }

    /** The index directory. */
    @Override
    public String describe() {
        return path.toString();
    }

    /** Deletes every document of report {@code reportId}. Visible after {@link #commit()}. */
    public void deleteReport(String reportId) throws IOException {
        ensureHealthy();
        try {
            writer.deleteDocuments(new Term(ReportField.REPORT_ID.fieldName(), reportId));
        } catch (IOException | RuntimeException e) {
            throw fatalOr(e);
        }
    }

    /** Deletes everything, for a rebuild; the old index stays searchable until the next {@link #commit()}. */
    public void deleteAll() throws IOException {
        ensureHealthy();
        try {
            writer.deleteAll();
        } catch (IOException | RuntimeException e) {
            throw fatalOr(e);
        }
    }

    /** Makes all changes since the last commit durable (fsync) and visible to newly refreshed searchers. */
    public void commit() throws IOException {
        ensureHealthy();
        try {
            writer.commit();
        } catch (IOException | RuntimeException e) {
            throw fatalOr(e);
        }
    }

    /**
     * Ids of the reports in the index, uncommitted changes included: what the index will hold after the next
     * {@link #commit()}. Call while no {@link #index} call is running. Reads one doc-values column; see
     * {@link IndexedReports}.
     */
    public Set<String> reportIds() throws IOException {
        ensureHealthy();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return IndexedReports.of(reader);
        } catch (IOException | RuntimeException e) {
            throw fatalOr(e);
        }
    }

    /** Writes buffered documents to segment files without committing them; only tests need this. */
    void flushForTest() throws IOException {
        writer.flush();
    }

    /** Documents in the index, including uncommitted ones. */
    public int documentCount() {
        return writer.getDocStats().numDocs;
    }

    /** The index directory. */
    public Path path() {
        return path;
    }

    /** Closes without committing: changes since the last {@link #commit()} are discarded. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            writer.getDirectory().close();
        }
    }

    private void ensureHealthy() throws IOException {
        Throwable tragic = writer.getTragicException();
        if (tragic != null) {
            throw new IOException(path + ": index writer stopped after a fatal error: " + tragic, tragic);
        }
    }

    private IOException fatalOr(Exception e) throws IOException {
        Throwable tragic = writer.getTragicException();
        if (tragic != null) {
            return new IOException(path + ": index writer stopped after a fatal error: " + tragic, tragic);
        }
        if (e instanceof IOException io) {
            return io;
        }
        throw (RuntimeException) e;
    }
}
