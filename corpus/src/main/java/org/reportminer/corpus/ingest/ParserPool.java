package org.reportminer.corpus.ingest;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reportminer.corpus.model.ProblemKind;

/**
 * A pool of warm child JVMs that parse files ({@link ParseWorker}): each child has a capped heap, each parse a wall
 * time limit, and a child that runs out of memory, hangs or dies is replaced, its file becoming a typed problem
 * ({@code TOO_LARGE}, {@code TIMEOUT}, {@code PARSER_CRASHED}) while the batch goes on.
 *
 * <p>Why our own children and not Tika Pipes: {@code tika-pipes-core} is not among the artifacts served here, and
 * our reading is more than Tika (OFD through ofdrw, HTML decoded by our charset rules, page breaks); a child that
 * runs the very same {@link DocumentReader} from the same jar keeps one code path and needs no configuration files.
 *
 * <p>Children start on demand, at most {@code size} of them, and stay warm between files. Each gets its own temp
 * folder ({@code java.io.tmpdir}), removed when the child ends, so a killed parse leaves no copy of its input behind.
 * The parent reads at most {@code 4 × writeLimit} bytes of text from a child. Thread-safe.
 */
final class ParserPool implements AutoCloseable {

    /** The exit status of a JVM started with {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OOM_EXIT = 3;
    /** How long a dead child may take to report its exit status. */
    private static final long EXIT_WAIT_MS = 5_000;
    /** The wall time allowed per page read by OCR, on top of the parse limit (300 dpi chi_sim: 5–15 s a page). */
    static final long OCR_MS_PER_PAGE = 30_000;
    /** Beyond this many pages, OCR gets no more time: a 100-page scan may take 50 minutes, never longer. */
    static final long MAX_OCR_PAGES_BUDGETED = 100;
    /** A child loads Tika in 1–3 s; on a machine busy with other builds it can take much longer. */
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);

    /**
     * How children are started: the settings a test may change (main class, extra JVM options, environment
     * variables set on top of ours).
     */
    record Settings(int size, int heapMb, int writeLimitChars, String mainClass, List<String> jvmOptions,
                    java.util.Map<String, String> environment) {
        Settings {
            if (size < 1) {
                throw new IllegalArgumentException("parser pool size must be at least 1: " + size);
            }
            if (heapMb < 64) {
                throw new IllegalArgumentException("parser heap must be at least 64 MB: " + heapMb);
            }
            jvmOptions = List.copyOf(jvmOptions);
            environment = java.util.Map.copyOf(environment);
        }

        Settings(int size, int heapMb, int writeLimitChars, String mainClass, List<String> jvmOptions) {
            this(size, heapMb, writeLimitChars, mainClass, jvmOptions, java.util.Map.of());
        }

        static Settings of(IngestOptions options) {
            return new Settings(options.parseWorkers(), options.parserHeapMb(), options.writeLimitChars(),
                    ParseWorker.class.getName(), List.of());
        }
    }

    private final Settings settings;
    private final Semaphore permits;
    private final BlockingQueue<Child> idle = new LinkedBlockingQueue<>();
    private final Set<Child> all = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watchdog;
    private final AtomicBoolean closed = new AtomicBoolean();

    ParserPool(Settings settings) {
        this.settings = settings;
        this.permits = new Semaphore(settings.size());
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "reportminer-parse-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        this.watchdog = timer;
    }

    /**
     * Parses {@code file} in a child within {@code timeout} (a new child's start-up not counted).
     *
     * @throws IngestException the file's problem, including the child's death as {@code TOO_LARGE}, {@code TIMEOUT}
     *                         or {@code PARSER_CRASHED}
     */
    ExtractedText parse(Format format, Path file, String name, Duration timeout) throws IngestException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(ProblemKind.TIMEOUT, "interrupted while waiting for a parser");
        }
        Child child = null;
        boolean healthy = false;
        try {
            if (closed.get()) {
                throw new IllegalStateException("the ingester is closed");
            }
            child = idle.poll();
            if (child == null) {
                child = start();
            }
            AtomicBoolean timedOut = new AtomicBoolean();
            long started = System.nanoTime();
            Child running = child;
            Runnable stop = () -> {
                timedOut.set(true);
                running.process.destroyForcibly();
            };
            java.util.concurrent.atomic.AtomicReference<ScheduledFuture<?>> kill = new java.util.concurrent.atomic
                    .AtomicReference<>(watchdog.schedule(stop, timeout.toMillis(), TimeUnit.MILLISECONDS));
            java.util.concurrent.atomic.AtomicLong limitMs = new java.util.concurrent.atomic.AtomicLong(
                    timeout.toMillis());
            try {
                ExtractedText text = running.exchange(format, file, name, pages -> {
                    // OCR takes seconds a page: the limit grows by a budget per page, from now
                    long extra = Math.min(MAX_OCR_PAGES_BUDGETED, Math.max(0, pages)) * OCR_MS_PER_PAGE;
                    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    kill.get().cancel(false);
                    limitMs.set(elapsed + timeout.toMillis() + extra);
                    kill.set(watchdog.schedule(stop, timeout.toMillis() + extra, TimeUnit.MILLISECONDS));
                });
                healthy = true;
                return text;
            } catch (IOException e) {
                throw died(running, timedOut.get(), Duration.ofMillis(limitMs.get()), System.nanoTime() - started, e);
            } catch (IngestException e) {
                healthy = true;
                throw e;
            } finally {
                kill.get().cancel(false);
            }
        } finally {
            if (child != null) {
                if (healthy && !closed.get() && child.process.isAlive()) {
                    idle.offer(child);
                } else {
                    child.destroy();
                }
            }
            permits.release();
        }
    }

    private IngestException died(Child child, boolean timedOut, Duration timeout, long elapsedNanos, IOException e) {
        if (timedOut) {
            return new IngestException(ProblemKind.TIMEOUT, "parse timed out after " + timeout.toMillis()
                    + " ms; the parser process was stopped", e);
        }
        Integer exit = child.exitStatus();
        if (exit != null && exit == OOM_EXIT) {
            return new IngestException(ProblemKind.TOO_LARGE, "parsing needs more than the parser's "
                    + settings.heapMb() + " MB of memory; the file is too large or a decompression bomb", e);
        }
        if (e instanceof ProtocolException) {
            return new IngestException(ProblemKind.PARSER_CRASHED, "parser failed: " + e.getMessage(), e);
        }
        return new IngestException(ProblemKind.PARSER_CRASHED, "parser crashed"
                + (exit == null ? "" : " (exit status " + exit + ")") + " after "
                + TimeUnit.NANOSECONDS.toMillis(elapsedNanos) + " ms: " + TikaTextExtractor.rootMessage(e), e);
    }

    /** A new child, its parsers loaded; start-up has its own limit so a busy machine does not fail the file. */
    private Child start() throws IngestException {
        Child child = launch();
        ScheduledFuture<?> kill = watchdog.schedule(() -> {
            child.process.destroyForcibly();
        }, STARTUP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            child.awaitReady();
            return child;
        } catch (IOException e) {
            child.destroy();
            throw new IngestException(ProblemKind.PARSER_CRASHED, "the parser process did not start within "
                    + STARTUP_LIMIT.toSeconds() + " s: " + TikaTextExtractor.rootMessage(e), e);
        } finally {
            kill.cancel(false);
        }
    }

    private Child launch() throws IngestException {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("reportminer-parse-");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + settings.heapMb() + "m");
            // an OOM ends the child at once with a known status, rather than leaving a half-broken parser running
            command.add("-XX:+ExitOnOutOfMemoryError");
            // one small heap, no parallel GC threads: the child's footprint counts against the machine
            command.add("-XX:+UseSerialGC");
            // C1 only: a child lives for one run and would compile Tika, POI and PDFBox with C2 on its own; those
            // compiles cost more CPU than they save (42 files: 12.7 CPU s against 27.2 with C2 and 16.6 in process;
            // 210 files: 27.1 against 50.6 and 32.8; BENCHMARKS.md "Parsing in child JVMs", 2026-11-28)
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-Xss4m");
            command.add("-Djava.awt.headless=true");
            command.add("-Djava.io.tmpdir=" + tmp);
            command.addAll(settings.jvmOptions());
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(settings.mainClass());
            command.add(Integer.toString(settings.writeLimitChars()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(settings.environment());
            Process process = builder.start();
            Child child = new Child(process, tmp, settings.writeLimitChars());
            all.add(child);
            return child;
        } catch (IOException e) {
            deleteTree(tmp);
            throw new IngestException(ProblemKind.PARSER_CRASHED, "cannot start a parser process: "
                    + TikaTextExtractor.rootMessage(e), e);
        }
    }

    /** Stops every child, idle or busy; a parse still running fails as crashed. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            for (Child c : all) {
                c.destroy();
            }
            watchdog.shutdownNow();
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: the folder is in the OS temp folder, which the OS cleans
        }
    }

    /** A reply that breaks the framing: the child is not trusted again. */
    private static final class ProtocolException extends IOException {
        ProtocolException(String message) {
            super(message);
        }
    }

    /** One child JVM and its pipes. Used by one thread at a time (the pool hands it out). */
    private final class Child {
        private final Process process;
        private final Path tmp;
        private final int maxTextBytes;
        private final DataOutputStream requests;
        private final DataInputStream replies;

        Child(Process process, Path tmp, int writeLimitChars) {
            this.process = process;
            this.tmp = tmp;
            // UTF-8 takes at most 3 bytes per UTF-16 char (4 per surrogate pair); the rest is slack for page breaks
            this.maxTextBytes = (int) Math.min(Integer.MAX_VALUE - 16, 3L * writeLimitChars + 4096);
            this.requests = new DataOutputStream(process.getOutputStream());
            this.replies = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        }

        void awaitReady() throws IOException {
            expect(ParseWorker.READY);
        }

        ExtractedText exchange(Format format, Path file, String name, DocumentReader.OcrNotice ocrNotice)
                throws IOException, IngestException {
            requests.writeUTF(format.name());
            requests.writeUTF(file.toAbsolutePath().toString());
            requests.writeUTF(name);
            requests.flush();
            int tag = replies.read();
            while (tag == ParseWorker.OCR_PAGES) {
                ocrNotice.pages(replies.readInt());
                tag = replies.read();
            }
            if (tag == ParseWorker.PROBLEM) {
                String kind = replies.readUTF();
                String message = replies.readUTF();
                throw new IngestException(ProblemKind.valueOf(kind), message);
            }
            if (tag != ParseWorker.TEXT) {
                throw tag < 0 ? new java.io.EOFException("the parser process ended") : new ProtocolException(
                        "unexpected reply " + tag);
            }
            String mediaType = replies.readUTF();
            String charset = replies.readUTF();
            boolean truncated = replies.readBoolean();
            boolean ocr = replies.readBoolean();
            double quality = replies.readDouble();
            int length = replies.readInt();
            if (length < 0 || length > maxTextBytes) {
                throw new ProtocolException("the parser sent " + length + " bytes of text, over the bound of "
                        + maxTextBytes);
            }
            byte[] text = replies.readNBytes(length);
            if (text.length != length) {
                throw new java.io.EOFException("the parser process ended mid-reply");
            }
            return new ExtractedText(new String(text, StandardCharsets.UTF_8), mediaType,
                    charset.isEmpty() ? null : charset, truncated, ocr, Double.isNaN(quality) ? null : quality);
        }

        private void expect(int tag) throws IOException {
            int got = replies.read();
            if (got != tag) {
                throw got < 0 ? new java.io.EOFException("the parser process ended before it was ready")
                        : new ProtocolException("unexpected greeting " + got);
            }
        }

        /** The exit status once the process has ended (waiting briefly), else {@code null}. */
        Integer exitStatus() {
            try {
                if (process.waitFor(EXIT_WAIT_MS, TimeUnit.MILLISECONDS)) {
                    return process.exitValue();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }

        void destroy() {
            all.remove(this);
            process.destroyForcibly();
            try {
                process.waitFor(EXIT_WAIT_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteTree(tmp);
        }
    }
}
