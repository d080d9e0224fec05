package org.reportminer.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.ProblemKind;

/**
 * Issue 13: a parser that hangs, runs out of memory, dies or prints to stdout takes only its own file down; the
 * child is replaced and the next file is read. Decompression bombs end as typed problems in the child's capped
 * heap, not in ours. Sizes scale with {@code -Dreportminer.hostile.mb} (the XML megabytes of the bomb .docx; the
 * issue's figures are 1,000 and 1,200 against the default 512 MB heap, see RELIABILITY.md) and
 * {@code -Dreportminer.hostile.heap}.
 */
class ParserIsolationTest {

    private static final int BOMB_MB = Integer.getInteger("reportminer.hostile.mb", 8);
    /** The parse child's heap for the bombs: the product's 512 MB against 1 GB of XML, scaled down alike. */
    private static final int BOMB_HEAP_MB = Integer.getInteger("reportminer.hostile.heap", 64);
    private static final String PAGE = "<html><head><title>t</title></head><body><p>关于巡视整改进展情况的通报</p>"
            + "<p>一、整改工作情况</p></body></html>";

    @TempDir
    Path dir;

    private Ingester hostile(Duration timeout) {
        IngestOptions options = new IngestOptions(IngestOptions.DEFAULT_MAX_BYTES, 1_000_000, timeout, 1, 128);
        return new Ingester(options, new ParserPool.Settings(1, 128, 1_000_000, HostileParseWorker.class.getName(),
                List.of()));
    }

    private Path page(String name) throws IOException {
        return Files.writeString(dir.resolve(name), PAGE, StandardCharsets.UTF_8);
    }

    private static Problem problem(IngestResult r) {
        return r.asProblem().orElseThrow(() -> new AssertionError("expected a problem, got a report"));
    }

    private static void assertRead(IngestResult r) {
        assertTrue(r.ok(), () -> "expected a report: " + r);
        assertTrue(r.asReport().orElseThrow().text().contains("巡视整改"));
    }

    @Test
    void aHungParserIsKilledAtTheTimeLimitAndTheNextFileIsRead() throws IOException {
        try (Ingester ingester = hostile(Duration.ofSeconds(4))) {
            Problem p = problem(ingester.ingest(page("sleep.html"), MetadataOverrides.none()));
            assertEquals(ProblemKind.TIMEOUT, p.kind(), p.toString());
            assertTrue(p.message().contains("parse timed out after 4000 ms"), p.message());
            assertRead(ingester.ingest(page("ok.html"), MetadataOverrides.none()));
        }
    }

    @Test
    void aParserThatRunsOutOfMemoryIsTooLargeAndItsChildIsReplaced() throws IOException {
        try (Ingester ingester = hostile(Duration.ofSeconds(60))) {
            assertRead(ingester.ingest(page("ok-before.html"), MetadataOverrides.none()));
            Problem p = problem(ingester.ingest(page("oom.html"), MetadataOverrides.none()));
            assertEquals(ProblemKind.TOO_LARGE, p.kind(), p.toString());
            assertTrue(p.message().contains("128 MB"), p.message());
            assertRead(ingester.ingest(page("ok-after.html"), MetadataOverrides.none()));
        }
    }

    @Test
    void aParserProcessThatDiesIsParserCrashedAndTheBatchGoesOn() throws IOException {
        try (Ingester ingester = hostile(Duration.ofSeconds(60))) {
            Problem p = problem(ingester.ingest(page("halt.html"), MetadataOverrides.none()));
            assertEquals(ProblemKind.PARSER_CRASHED, p.kind(), p.toString());
            assertTrue(p.message().contains("exit status 134"), p.message());
            assertRead(ingester.ingest(page("ok.html"), MetadataOverrides.none()));
        }
    }

    /**
     * Parse throughput: a child lives for one run and compiles Tika, POI and PDFBox for itself, so C2's optimising
     * compiles cost more CPU than they save; with C1 only the pool used less CPU than parsing in process
     * (BENCHMARKS.md, 2026-11-28).
     */
    @Test
    void parseChildrenCompileWithTheClientCompilerOnly() throws IOException {
        try (Ingester ingester = hostile(Duration.ofSeconds(60))) {
            IngestResult r = ingester.ingest(page("flags.html"), MetadataOverrides.none());
            assertTrue(r.ok(), () -> "expected a report: " + r);
            List<String> options = List.of(r.asReport().orElseThrow().text().split("\n"));
            assertTrue(options.contains("-XX:TieredStopAtLevel=1"), options.toString());
            assertTrue(options.contains("-XX:+ExitOnOutOfMemoryError"), options.toString());
        }
    }

    @Test
    void aParserPrintingToStdoutDoesNotBreakTheReplies() throws IOException {
        try (Ingester ingester = hostile(Duration.ofSeconds(60))) {
            assertRead(ingester.ingest(page("print.html"), MetadataOverrides.none()));
            assertRead(ingester.ingest(page("print-again.html"), MetadataOverrides.none()));
        }
    }

    /** The issue's .docx of ~1 GB of short paragraphs (a high ratio) and of 1.2 GB at a ratio under 100:1. */
    @Test
    void docxBombsEndAsTypedProblemsInTheChildWithoutGrowingOurHeap() throws IOException {
        Path dense = docx("dense.docx", BOMB_MB, false);
        Path lowRatio = docx("low-ratio.docx", BOMB_MB, true);
        IngestOptions options = new IngestOptions(IngestOptions.DEFAULT_MAX_BYTES,
                IngestOptions.DEFAULT_WRITE_LIMIT_CHARS, Duration.ofSeconds(60), 1, BOMB_HEAP_MB);
        try (Ingester ingester = new Ingester(options)) {
            long before = usedHeap();
            for (Path bomb : List.of(dense, lowRatio)) {
                Problem p = problem(ingester.ingest(bomb, MetadataOverrides.none()));
                assertTrue(Set.of(ProblemKind.TOO_LARGE, ProblemKind.TOO_LONG).contains(p.kind()), p.toString());
            }
            long grown = usedHeap() - before;
            assertTrue(grown < 32L << 20, "our heap grew by " + (grown >> 20) + " MB");
        }
    }

    /** Issue 13: a 20 MB .txt without a line break, scaled down: was OutOfMemoryError, then mojibake. */
    @Test
    void aLongTextWithoutLineBreakIsDecodedFromABoundedPrefixAsUtf8AndTruncated() throws IOException {
        String line = "市委巡察组反馈意见指出市侨联存在问题并提出意见建议".repeat(2_000);
        Path file = Files.writeString(dir.resolve("one-line.txt"), line, StandardCharsets.UTF_8);
        IngestOptions options = new IngestOptions(IngestOptions.DEFAULT_MAX_BYTES, 1_001, Duration.ofSeconds(30));
        try (Ingester ingester = new Ingester(options)) {
            IngestResult r = ingester.ingest(file, MetadataOverrides.none());
            assertTrue(r.ok(), r.toString());
            assertEquals("UTF-8", r.asReport().orElseThrow().charset());
            assertTrue(r.asReport().orElseThrow().truncated());
            assertTrue(line.startsWith(r.asReport().orElseThrow().text()));
        }
    }

    private static long usedHeap() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * A .docx whose document.xml holds {@code mb} megabytes of short paragraphs: the same one over and over (a
     * ratio far over 100:1), or random common characters (about 4:1, under every ratio check).
     */
    static Path docx(Path dir, String name, int mb, boolean lowRatio) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            docxPackageParts(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            OutputStream out = zip;
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                    + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            Random random = new Random(13);
            StringBuilder para = new StringBuilder();
            for (long written = 0; written < (long) mb << 20; ) {
                para.setLength(0);
                para.append("<w:p><w:r><w:t>");
                if (lowRatio) {
                    for (int i = 0; i < 12; i++) {
                        para.append((char) (0x4E00 + random.nextInt(0x5000)));
                    }
                } else {
                    para.append("整改落实情况");
                }
                para.append("</w:t></w:r></w:p>");
                byte[] b = para.toString().getBytes(StandardCharsets.UTF_8);
                out.write(b);
                written += b.length;
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private Path docx(String name, int mb, boolean lowRatio) throws IOException {
        return docx(dir, name, mb, lowRatio);
    }

    /** The content types and package relationships of a .docx whose only part is {@code word/document.xml}. */
    static void docxPackageParts(ZipOutputStream zip) throws IOException {
        put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
        put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    }

    /** One zip entry holding {@code text} in UTF-8. */
    static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
