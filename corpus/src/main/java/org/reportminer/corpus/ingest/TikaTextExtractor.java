package org.reportminer.corpus.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.HttpHeaders;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.reportminer.corpus.model.ProblemKind;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text from office, PDF and HTML files with Tika's {@link AutoDetectParser}. The file name is always
 * passed to detection (Tika needs it to tell GBK text from binary). PDF text is sorted by position so glyphs drawn
 * out of order (curly quotes in another font) land where they are read; OCR is off. Each PDF page ends with a form
 * feed. Output stops at the write limit and is then marked truncated.
 *
 * <p>Thread-safe: the parser is immutable and every call builds its own context.
 */
final class TikaTextExtractor {

    /**
     * The one message for a password-protected file. reportminer takes no password, so the message says what the
     * user can do instead.
     */
    static final String ENCRYPTED_MESSAGE =
            "encrypted: reportminer cannot read password-protected files; save an unprotected copy and ingest that";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Parser parser = new AutoDetectParser();
    private final int writeLimit;

    TikaTextExtractor(int writeLimit) {
        this.writeLimit = writeLimit;
    }

    /** Whether and how a PDF's pages are read by OCR. */
    enum Ocr {
        /** Text layer only. */
        NONE,
        /** OCR the pages whose text layer is (nearly) empty; keep the text layer of the others. */
        BLANK_PAGES,
        /** OCR every page and ignore the text layer: it is garbled. */
        ALL_PAGES
    }

    /** Resolution of page images for OCR: 300 dpi reads 小四 (12 pt) and larger characters reliably. */
    static final int OCR_DPI = 300;

    ExtractedText extract(byte[] bytes, String fileName) throws IngestException {
        return extract(bytes, fileName, Ocr.NONE);
    }

    ExtractedText extract(byte[] bytes, String fileName, Ocr ocr) throws IngestException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        StringWriter out = new StringWriter();
        ContentHandler handler = new BodyContentHandler(
                new TableRowHandler(new PageBreakHandler(new WriteOutContentHandler(out, writeLimit))));
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(bytes, metadata)) {
            parser.parse(in, handler, metadata, context(ocr));
        } catch (EncryptedDocumentException e) {
            throw new IngestException(ProblemKind.ENCRYPTED, ENCRYPTED_MESSAGE, e);
        } catch (ZeroByteFileException e) {
            throw new IngestException(ProblemKind.EMPTY, "empty file (0 bytes)", e);
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else if (hasCause(e, EncryptedDocumentException.class) || looksEncrypted(e)) {
                throw new IngestException(ProblemKind.ENCRYPTED, ENCRYPTED_MESSAGE, e);
            } else {
                throw new IngestException(ProblemKind.CORRUPT, "corrupt or truncated file: " + rootMessage(e), e);
            }
        } catch (StackOverflowError e) {
            throw new IngestException(ProblemKind.CORRUPT, "corrupt file: nesting too deep", e);
        }
        String mediaType = metadata.get(HttpHeaders.CONTENT_TYPE);
        String charset = metadata.get(HttpHeaders.CONTENT_ENCODING);
        return new ExtractedText(out.toString(), baseType(mediaType), charset, truncated);
    }

    /**
     * Parses markup whose charset we decided ({@link HtmlCharset}): Tika gets it as UTF-8 behind a byte-order mark,
     * which it trusts over any {@code <meta charset>} in the page, and the charset recorded is ours.
     *
     * @param text     the decoded page
     * @param fileName the file name, for type detection
     * @param charset  the charset the page was decoded from, recorded in the result
     */
    ExtractedText extractDecoded(String text, String fileName, String charset) throws IngestException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + UTF8_BOM.length];
        System.arraycopy(UTF8_BOM, 0, withBom, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, withBom, UTF8_BOM.length, body.length);
        ExtractedText parsed = extract(withBom, fileName);
        return new ExtractedText(parsed.text(), parsed.mediaType(), charset, parsed.truncated());
    }

    /** Whether the {@code tesseract} program can be run, with the Chinese model, in this process. */
    static boolean tesseractAvailable() {
        return TesseractCheck.AVAILABLE;
    }

    private ParseContext context(Ocr mode) {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setSortByPosition(true);
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(switch (mode) {
            case NONE -> PDFParserConfig.OCR_STRATEGY.NO_OCR;
            case BLANK_PAGES -> PDFParserConfig.OCR_STRATEGY.AUTO;
            case ALL_PAGES -> PDFParserConfig.OCR_STRATEGY.OCR_ONLY;
        });
        pdf.setOcrDPI(OCR_DPI);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(mode == Ocr.NONE);
        ocr.setLanguage("chi_sim");
        context.set(TesseractOCRConfig.class, ocr);
        // embedded parts (the HTML inside an .mht) are parsed with the same parser
        context.set(Parser.class, parser);
        return context;
    }

    private static String baseType(String mediaType) {
        if (mediaType == null) {
            return "application/octet-stream";
        }
        int semi = mediaType.indexOf(';');
        return (semi < 0 ? mediaType : mediaType.substring(0, semi)).trim();
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksEncrypted(Throwable t) {
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            String name = t.getClass().getName();
            String msg = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (name.contains("InvalidPassword") || name.contains("EncryptedDocument") || msg.contains("password")
                    || msg.contains("encrypted")) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        for (int depth = 0; root.getCause() != null && depth < 20; depth++) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        String text = root.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg);
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** Asks Tika's OCR parser once per process whether Tesseract and its {@code chi_sim} model are installed. */
    private static final class TesseractCheck {
        static final boolean AVAILABLE = check();

        private static boolean check() {
            try {
                org.apache.tika.parser.ocr.TesseractOCRParser tesseract = new org.apache.tika.parser.ocr.TesseractOCRParser();
                // the installed models are listed only when they are preloaded
                tesseract.setPreloadLangs(true);
                tesseract.initialize(java.util.Map.of());
                return tesseract.hasTesseract() && tesseract.getLangs().contains("chi_sim");
            } catch (TikaException | RuntimeException e) {
                return false;
            }
        }
    }

    /** Writes a form feed after each {@code <div class="page">} that Tika emits per PDF page. */
    private static final class PageBreakHandler extends ContentHandlerDecorator {
        private final Deque<Boolean> divs = new ArrayDeque<>();

        PageBreakHandler(ContentHandler handler) {
            super(handler);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            super.startElement(uri, localName, qName, atts);
            if ("div".equals(localName)) {
                divs.push("page".equals(atts.getValue("class")));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            if ("div".equals(localName) && !divs.isEmpty() && divs.pop()) {
                super.characters(new char[] {'\f'}, 0, 1);
            }
        }
    }
}
