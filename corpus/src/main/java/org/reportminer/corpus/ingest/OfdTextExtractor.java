package org.reportminer.corpus.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.reportminer.corpus.model.ProblemKind;

/**
 * Extracts text from OFD (GB/T 33190) files with ofdrw-reader. Text objects on one baseline become one line, in
 * reading order; each page ends with a form feed. Output stops at the write limit and is then marked truncated.
 *
 * <p>The package is unpacked by {@link OfdUnpacker} (checked names, size and ratio caps) into a folder of our own,
 * which ofdrw only reads and which is deleted on every path; ofdrw never unpacks the untrusted zip itself.
 *
 * <p>Thread-safe: every call unpacks into its own folder and opens its own reader.
 */
final class OfdTextExtractor {

    static final String MEDIA_TYPE = "application/ofd";
    /** Text objects whose tops differ by less than this (in mm) sit on one line. */
    private static final double SAME_LINE_MM = 1.0;

    private final int writeLimit;
    private final OfdUnpacker unpacker;

    OfdTextExtractor(int writeLimit) {
        this(writeLimit, new OfdUnpacker());
    }

    OfdTextExtractor(int writeLimit, OfdUnpacker unpacker) {
        this.writeLimit = writeLimit;
        this.unpacker = unpacker;
    }

    ExtractedText extract(byte[] bytes) throws IngestException {
        try (OfdUnpacker.Unpacked unpacked = unpacker.unpack(bytes)) {
            return read(unpacked.dir());
        } catch (IOException e) {
            // only the folder's removal throws this: a read failure is already an IngestException
            throw new IngestException(ProblemKind.IO, "cannot remove the temporary OFD folder: "
                    + TikaTextExtractor.rootMessage(e), e);
        }
    }

    private ExtractedText read(Path dir) throws IngestException {
        StringBuilder out = new StringBuilder();
        // false: the folder is ours to delete, so ofdrw must not (and cannot leave it behind)
        try (OFDReader reader = new OFDReader(dir.toString(), false)) {
            ContentExtractor extractor = new ContentExtractor(reader);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                appendPage(extractor.getPageTextObject(page), out);
                out.append('\f');
                if (out.length() >= writeLimit) {
                    out.setLength(writeLimit);
                    return new ExtractedText(out.toString(), MEDIA_TYPE, null, true);
                }
            }
        } catch (Exception | NoClassDefFoundError e) {
            String reason = TikaTextExtractor.rootMessage(e);
            if (reason.toLowerCase(java.util.Locale.ROOT).contains("encrypt")) {
                throw new IngestException(ProblemKind.ENCRYPTED, TikaTextExtractor.ENCRYPTED_MESSAGE, e);
            }
            throw new IngestException(ProblemKind.CORRUPT, "corrupt or unreadable OFD: " + reason, e);
        }
        return new ExtractedText(out.toString(), MEDIA_TYPE, null, false);
    }

    private static void appendPage(List<TextObject> objects, StringBuilder out) {
        List<TextObject> ordered = new ArrayList<>(objects);
        Double lastTop = null;
        for (TextObject object : ordered) {
            ST_Box box = object.getBoundary();
            double top = 0;
            if (box != null) {
                top = box.getTopLeftY();
            }
            if (lastTop != null && Math.abs(top - lastTop) >= SAME_LINE_MM) {
                out.append('\n');
            }
            lastTop = top;
            for (TextCode code : object.getTextCodes()) {
                if (code.getContent() != null) {
                    out.append(code.getContent());
                }
            }
        }
        out.append('\n');
    }
}
