package org.reportminer.corpus.ingest;

import java.nio.charset.Charset;
import java.util.Optional;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.corpus.text.Han;
import org.reportminer.corpus.text.TextQuality;

/**
 * Reads the formats that need a parser (office, PDF, HTML, MHT, OFD) into text: the work a {@link ParseWorker} does
 * in its child JVM, so that whatever a parser allocates, loops on or crashes with stays there. Plain text is not
 * here: {@link TextFileDecoder} reads it, bounded, in the calling process.
 *
 * <p>Thread-safe: build one per process and share it.
 */
final class DocumentReader {

    /** A page with fewer non-blank characters than this has no real text layer. */
    private static final int MIN_PAGE_CHARS = 10;

    private final TextFileDecoder textDecoder = new TextFileDecoder();
    private final TikaTextExtractor tika;
    private final OfdTextExtractor ofd;

    DocumentReader(int writeLimitChars) {
        this.tika = new TikaTextExtractor(writeLimitChars);
        this.ofd = new OfdTextExtractor(writeLimitChars);
    }

    /** Told how many pages are about to be read by OCR, which takes far longer than a text layer. */
    @FunctionalInterface
    interface OcrNotice {
        void pages(int count);
    }

    /** The text of {@code bytes}, read as {@code format}; {@code name} is the file name Tika detects the type by. */
    ExtractedText read(Format format, byte[] bytes, String name) throws IngestException {
        return read(format, bytes, name, count -> { });
    }

    /** As {@link #read(Format, byte[], String)}, telling {@code notice} before pages go to OCR. */
    ExtractedText read(Format format, byte[] bytes, String name, OcrNotice notice) throws IngestException {
        switch (format.reader()) {
            case HTML: {
                // decoded by the .txt rules, so binary content is refused the same way
                Optional<Charset> declared = HtmlCharset.declaredOther(bytes);
                TextFileDecoder.Decoded decoded = declared.isPresent()
                        ? textDecoder.decodeDeclared(bytes, name, declared.get()) : textDecoder.decode(bytes, name);
                return tika.extractDecoded(decoded.text(), name, decoded.charset());
            }
            case MIME_TEXT:
                // only the binary check: each MIME part names its own charset, which Tika reads
                textDecoder.decode(bytes, name);
                return tika.extract(bytes, name);
            case OFD:
                return ofd.extract(bytes);
            case PLAIN_TEXT:
                throw new IllegalArgumentException("plain text is decoded by the caller, not forked: " + name);
            default:
                return format == Format.PDF ? readPdf(bytes, name, notice) : tika.extract(bytes, name);
        }
    }

    /**
     * A PDF's text layer, scored; pages without one are read by OCR, and so is the whole file when its text layer
     * is garbled (a font without a ToUnicode map). Without Tesseract, a file that is mostly scanned fails with the
     * command that installs it, and a garbled one is kept with its low score as the warning.
     */
    private ExtractedText readPdf(byte[] bytes, String name, OcrNotice notice) throws IngestException {
        ExtractedText layer = tika.extract(bytes, name);
        String[] pages = pages(layer.text());
        int blank = 0;
        for (String page : pages) {
            if (page.codePoints().filter(cp -> !Character.isWhitespace(cp)).limit(MIN_PAGE_CHARS).count()
                    < MIN_PAGE_CHARS) {
                blank++;
            }
        }
        boolean garbled = TextQuality.isGarbled(layer.text());
        double layerScore = TextQuality.score(layer.text());
        if (blank == 0 && !garbled) {
            return scored(layer, false, layerScore);
        }
        if (!TikaTextExtractor.tesseractAvailable()) {
            if (2 * blank >= pages.length) {
                throw new IngestException(ProblemKind.OCR_UNAVAILABLE, "scanned PDF: " + blank + " of "
                        + pages.length + " pages have no text layer, and OCR needs Tesseract with its Chinese model;"
                        + " install them with: apt-get install tesseract-ocr tesseract-ocr-chi-sim");
            }
            return scored(layer, false, layerScore);
        }
        notice.pages(garbled ? pages.length : blank);
        ExtractedText read = tika.extract(bytes, name,
                garbled ? TikaTextExtractor.Ocr.ALL_PAGES : TikaTextExtractor.Ocr.BLANK_PAGES);
        String text = joinHanSpacedByOcr(read.text());
        ExtractedText ocred = new ExtractedText(text, read.mediaType(), read.charset(), read.truncated());
        return scored(ocred, true, TextQuality.score(text));
    }

    private static ExtractedText scored(ExtractedText t, boolean ocr, double quality) {
        return new ExtractedText(t.text(), t.mediaType(), t.charset(), t.truncated(), ocr,
                Math.round(quality * 1000) / 1000.0);
    }

    /** The pages of extracted PDF text: each ends with a form feed; text after the last one is its own page. */
    private static String[] pages(String text) {
        String trimmed = text.endsWith("\f") ? text.substring(0, text.length() - 1) : text;
        return trimmed.split("\f", -1);
    }

    /**
     * Tesseract's Chinese model writes a space between every two Han characters ({@code 关 于 巡 视}); a space with a
     * Han character or CJK punctuation on both sides is dropped. Spaces beside Latin letters and digits stay.
     */
    static String joinHanSpacedByOcr(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < text.length() && isCjk(text.charAt(i - 1))
                    && isCjk(text.charAt(i + 1))) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isCjk(char c) {
        return Han.is(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E);
    }
}
