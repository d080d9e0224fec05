package org.reportminer.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.testing.RequiredTools;
import org.reportminer.corpus.testing.SharedData;

/**
 * Issue 13: a scanned PDF (page images, no text layer) is read by Tesseract. The test scans a page itself: the
 * first lines of seed 000 drawn at 三号 (16 pt) with WenQuanYi Zen Hei into a 300 dpi image, in an image-only PDF of
 * two pages. It needs {@code tesseract-ocr}, {@code tesseract-ocr-chi-sim} and {@code fonts-wqy-zenhei}, which
 * {@code .ci/run} installs; without them it fails ({@link RequiredTools}; the missing-Tesseract message has its own
 * test).
 */
class ScannedPdfOcrTest {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final int DPI = 300;
    private static final int CHARS_PER_LINE = 28;

    @TempDir
    Path dir;

    @Test
    void aScannedChinesePdfIsReadByOcrWithAtLeast95PercentOfCharactersRight() throws Exception {
        RequiredTools.require(TikaTextExtractor.tesseractAvailable(), "tesseract-ocr tesseract-ocr-chi-sim");
        RequiredTools.require(Files.isRegularFile(FONT), "fonts-wqy-zenhei");
        String seed = SharedData.seedText("000").replace("*", "");
        List<String> page1 = lines(seed, 0, 12);
        List<String> page2 = lines(seed, 12, 8);
        Path pdf = scannedPdf(List.of(page1, page2));
        try (Ingester ingester = new Ingester()) {
            Report report = ingester.ingest(pdf, MetadataOverrides.none()).asReport()
                    .orElseThrow(() -> new AssertionError(ingester.ingest(pdf, MetadataOverrides.none())));
            assertTrue(report.ocr(), "marked as read by OCR");
            assertNotNull(report.quality());
            String expected = String.join("", page1) + String.join("", page2);
            String actual = report.text().replaceAll("\\s+", "");
            double similarity = similarity(expected, actual);
            if (similarity < 0.99) {
                System.out.println("[ocr] read:\n" + report.text());
            }
            System.out.printf("[ocr] %d chars, similarity %.3f, quality %.3f%n", expected.length(), similarity,
                    report.quality());
            assertTrue(similarity >= 0.95, "similarity " + similarity + ":\n" + report.text());
            // the report keeps its map back to the text as extracted (where each page ends with a form feed)
            assertTrue(report.offsetMap() != null);
        }
    }

    private static List<String> lines(String text, int firstLine, int count) {
        String flat = text.replaceAll("\\s+", "");
        List<String> out = new ArrayList<>();
        for (int i = firstLine; i < firstLine + count; i++) {
            out.add(flat.substring(i * CHARS_PER_LINE, (i + 1) * CHARS_PER_LINE));
        }
        return out;
    }

    private Path scannedPdf(List<List<String>> pages) throws IOException, FontFormatException {
        Font font = Font.createFonts(FONT.toFile())[0].deriveFont(16f * DPI / 72);
        Path file = dir.resolve("scanned.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (List<String> lines : pages) {
                PDRectangle a4 = PDRectangle.A4;
                int w = Math.round(a4.getWidth() * DPI / 72);
                int h = Math.round(a4.getHeight() * DPI / 72);
                BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.setColor(Color.BLACK);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setFont(font);
                int lineHeight = Math.round(font.getSize2D() * 1.6f);
                int y = 300 + lineHeight;
                for (String line : lines) {
                    g.drawString(line, 250, y);
                    y += lineHeight;
                }
                g.dispose();
                PDPage page = new PDPage(a4);
                doc.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(xobject, 0, 0, a4.getWidth(), a4.getHeight());
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void withoutTesseractAScannedPdfFailsWithTheCommandThatInstallsIt() throws Exception {
        RequiredTools.require(Files.isRegularFile(FONT), "fonts-wqy-zenhei");
        Path pdf = scannedPdf(List.of(List.of("关于巡视整改进展情况的通报")));
        IngestOptions options = IngestOptions.defaults();
        // the child's PATH is an empty folder, as on a machine without tesseract
        ParserPool.Settings noTesseract = new ParserPool.Settings(1, 256, options.writeLimitChars(),
                ParseWorker.class.getName(), List.of(), java.util.Map.of("PATH", dir.toString()));
        try (Ingester ingester = new Ingester(options, noTesseract)) {
            Problem p = ingester.ingest(pdf, MetadataOverrides.none()).asProblem().orElseThrow();
            assertEquals(ProblemKind.OCR_UNAVAILABLE, p.kind(), p.toString());
            assertTrue(p.message().contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim"), p.message());
        }
    }

    /** 1 − edit distance / expected length, over characters. */
    static double similarity(String expected, String actual) {
        int[] prev = new int[actual.length() + 1];
        int[] cur = new int[actual.length() + 1];
        for (int j = 0; j <= actual.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= expected.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= actual.length(); j++) {
                int sub = prev[j - 1] + (expected.charAt(i - 1) == actual.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[actual.length()] / expected.length();
    }

    @Test
    void similarityIsOneForEqualTextAndFallsWithEachWrongCharacter() {
        assertEquals(1.0, similarity("整改落实", "整改落实"));
        assertEquals(0.75, similarity("整改落实", "整改落失"));
    }

}
