package org.reportminer.corpus.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reportminer.corpus.model.ProblemKind;

/**
 * The hidden entry point of a parse child: a JVM that {@link ParserPool} starts with a capped heap, which reads one
 * request after another from stdin, parses the named file with a {@link DocumentReader} and writes the text or the
 * problem to stdout, framed. It ends when stdin ends (the parent closed it, or died).
 *
 * <p>Frames, all {@link DataOutputStream} encoding: the child first writes {@link #READY} once its parsers are
 * loaded; a request is {@code UTF format, UTF path, UTF fileName}; before its reply the child may send
 * {@link #OCR_PAGES} {@code int pages}; a reply is either {@link #TEXT} followed by
 * {@code UTF mediaType, UTF charset ("" for none), boolean truncated, boolean ocr, double quality (NaN for none),
 * int byteCount, UTF-8 bytes}, or {@link #PROBLEM} followed by {@code UTF kind, UTF message}.
 *
 * <p>Nothing else may reach stdout, so {@code System.out} is pointed at stderr before any parser runs: a library
 * that prints would otherwise corrupt the frames.
 */
public final class ParseWorker {

    static final int READY = 'R';
    static final int TEXT = 'T';
    static final int PROBLEM = 'P';
    /** Sent mid-parse, followed by {@code int pages}: that many pages go to OCR, so the parent extends the limit. */
    static final int OCR_PAGES = 'O';
    /** Messages are one line for the user; a parser's message can be any length. */
    private static final int MAX_MESSAGE_CHARS = 1000;

    private ParseWorker() {
    }

    /**
     * Runs the request loop on this process's stdin and stdout.
     *
     * @param args one argument: the write limit in characters
     */
    public static void main(String[] args) throws IOException {
        OutputStream frames = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        DocumentReader reader = new DocumentReader(Integer.parseInt(args[0]));
        serve(reader::read, System.in, frames);
    }

    /** How a child reads one file: {@link DocumentReader#read}, or a test's hostile stand-in. */
    @FunctionalInterface
    interface Reading {
        ExtractedText read(Format format, byte[] bytes, String name, DocumentReader.OcrNotice notice)
                throws IngestException;
    }

    /** The request loop, shared with test workers that wrap the reader. */
    static void serve(Reading reader, InputStream stdin, OutputStream stdout) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stdin));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stdout, 1 << 16));
        out.write(READY);
        out.flush();
        while (true) {
            Format format;
            Path path;
            String name;
            try {
                format = Format.valueOf(in.readUTF());
                path = Path.of(in.readUTF());
                name = in.readUTF();
            } catch (EOFException e) {
                return;
            }
            DocumentReader.OcrNotice notice = pages -> {
                try {
                    out.write(OCR_PAGES);
                    out.writeInt(pages);
                    out.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            reply(out, parse(reader, format, path, name, notice));
            out.flush();
        }
    }

    private static Object parse(Reading reader, Format format, Path path, String name,
                                DocumentReader.OcrNotice notice) {
        try {
            return reader.read(format, Files.readAllBytes(path), name, notice);
        } catch (IngestException e) {
            return e;
        } catch (IOException e) {
            return new IngestException(ProblemKind.IO, "cannot read: " + TikaTextExtractor.rootMessage(e), e);
        } catch (RuntimeException | StackOverflowError e) {
            return new IngestException(ProblemKind.CORRUPT, "cannot read: " + TikaTextExtractor.rootMessage(e), e);
        }
    }

    private static void reply(DataOutputStream out, Object result) throws IOException {
        if (result instanceof ExtractedText t) {
            byte[] text = t.text().getBytes(StandardCharsets.UTF_8);
            out.write(TEXT);
            out.writeUTF(t.mediaType() == null ? "" : t.mediaType());
            out.writeUTF(t.charset() == null ? "" : t.charset());
            out.writeBoolean(t.truncated());
            out.writeBoolean(t.ocr());
            out.writeDouble(t.quality() == null ? Double.NaN : t.quality());
            out.writeInt(text.length);
            out.write(text);
        } else {
            IngestException e = (IngestException) result;
            String message = String.valueOf(e.getMessage());
            out.write(PROBLEM);
            out.writeUTF(e.kind().name());
            out.writeUTF(message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) + "…" : message);
        }
    }
}
