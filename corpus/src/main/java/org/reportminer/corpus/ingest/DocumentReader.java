package org.reportminer.corpus.ingest;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Reads the formats that need a parser (office, PDF, HTML, MHT, OFD) into text: the work a {@link ParseWorker} does
 * in its child JVM, so that whatever a parser allocates, loops on or crashes with stays there. Plain text is not
 * here: {@link TextFileDecoder} reads it, bounded, in the calling process.
 *
 * <p>Thread-safe: build one per process and share it.
 */
final class DocumentReader {

    private final TextFileDecoder textDecoder = new TextFileDecoder();
    private final TikaTextExtractor tika;
    private final OfdTextExtractor ofd;

    DocumentReader(int writeLimitChars) {
        this.tika = new TikaTextExtractor(writeLimitChars);
        this.ofd = new OfdTextExtractor(writeLimitChars);
    }

    /** The text of {@code bytes}, read as {@code format}; {@code name} is the file name Tika detects the type by. */
    ExtractedText read(Format format, byte[] bytes, String name) throws IngestException {
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
                return tika.extract(bytes, name);
        }
    }
}
