package org.reportminer.corpus.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * One parse run for {@link ParseThroughputBenchTest}, in a JVM of its own as a user's {@code ingest} is: reads every
 * file of a folder as the ingester does (hash, parse, normalise) on {@code threads} threads, either in this process
 * ({@code inprocess}, the code before issue 13) or in a {@link ParserPool} of {@code threads} children
 * ({@code fork}); further arguments are extra JVM options of the children. Exit 0 when every file was read.
 */
public final class ParseRun {

    private ParseRun() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path dir = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        List<String> childOptions = Arrays.asList(args).subList(3, args.length);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        int limit = IngestOptions.DEFAULT_WRITE_LIMIT_CHARS;
        TextNormalizer normalizer = new TextNormalizer();
        DocumentReader reader = mode.equals("inprocess") ? new DocumentReader(limit) : null;
        ParserPool pool = mode.equals("fork") ? new ParserPool(new ParserPool.Settings(threads, 512, limit,
                ParseWorker.class.getName(), childOptions)) : null;
        ExecutorService exec = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (Path f : files) {
                done.add(exec.submit(() -> {
                    byte[] bytes = Files.readAllBytes(f);
                    Ingester.sha256(bytes);
                    String name = f.getFileName().toString();
                    Format format = Format.of(name).orElseThrow();
                    ExtractedText t = reader != null ? reader.read(format, bytes, name)
                            : pool.parse(format, f, name, Duration.ofSeconds(120));
                    return normalizer.normalize(t.text()).text().length();
                }));
            }
            for (Future<Integer> d : done) {
                d.get();
            }
        } finally {
            exec.shutdownNow();
            if (pool != null) {
                pool.close();
            }
        }
    }
}
