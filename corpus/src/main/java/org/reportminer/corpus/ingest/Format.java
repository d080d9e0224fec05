package org.reportminer.corpus.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The input formats reportminer reads, by file extension, and which extractor reads each. */
enum Format {
    TEXT(Reader.PLAIN_TEXT, "txt"),
    DOCX(Reader.TIKA, "docx"),
    DOC(Reader.TIKA, "doc"),
    WPS(Reader.TIKA, "wps"),
    ODT(Reader.TIKA, "odt"),
    RTF(Reader.TIKA, "rtf"),
    PDF(Reader.TIKA, "pdf"),
    HTML(Reader.HTML, "html", "htm", "xhtml"),
    MHT(Reader.MIME_TEXT, "mht", "mhtml"),
    OFD(Reader.OFD, "ofd");

    /** Which extractor reads a format. */
    enum Reader {
        /** Decoded by {@link TextFileDecoder}; binary content is refused. */
        PLAIN_TEXT,
        /** Markup: decoded by {@link TextFileDecoder} (see {@link HtmlCharset}), then Tika reads the markup. */
        HTML,
        /** A MIME web archive: binary content is refused as for text, then Tika reads the parts. */
        MIME_TEXT,
        /** Tika, on the bytes as they are. */
        TIKA,
        /** ofdrw, on a package unpacked by {@link OfdUnpacker}. */
        OFD
    }

    private final Reader reader;
    private final String[] extensions;

    Format(Reader reader, String... extensions) {
        this.reader = reader;
        this.extensions = extensions;
    }

    Reader reader() {
        return reader;
    }

    /** The format of a file name by its last extension, ignoring case. */
    static Optional<Format> of(String fileName) {
        String ext = extension(fileName);
        for (Format f : values()) {
            for (String e : f.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** The last extension of {@code fileName}, lower-case, without the dot; empty when there is none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** All supported extensions, for messages: {@code .txt .docx …}. */
    static String supportedList() {
        return Arrays.stream(values()).flatMap(f -> Arrays.stream(f.extensions)).map(e -> "." + e)
                .collect(Collectors.joining(" "));
    }
}
