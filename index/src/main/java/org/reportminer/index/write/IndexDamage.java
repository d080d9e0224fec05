package org.reportminer.index.write;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Tells an index that is damaged (a corrupt or truncated file, a missing segment file, a format no Lucene wrote)
 * from other failures, and says so in a few words, so that the user is told to rebuild it rather than shown a
 * Lucene message about versions or vLongs. {@link #reason} looks at an exception; {@link #verify} reads every file
 * of the last commit against its checksum, for failures (an index out of bounds while decoding zeroed bytes) that
 * do not say what they are.
 */
public final class IndexDamage {
    /** Names of files Lucene writes: {@code segments_N} and the {@code _N...} files of segments. */
    private static final Pattern INDEX_FILE = Pattern.compile("segments_[0-9a-z]+|_[0-9a-z]+[._].*");
    private static final Pattern RESOURCE_FILE = Pattern.compile("path=\"([^\"]+)\"");
    private static final int MAX_REASON = 120;

    private IndexDamage() {
    }

    /** Why {@code failure} means a damaged index (a few words naming the file), or empty when it does not. */
    public static Optional<String> reason(Throwable failure) {
        String corrupt = null;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
                String name = fileName(t instanceof NoSuchFileException nsf && nsf.getFile() != null ? nsf.getFile()
                        : String.valueOf(t.getMessage()));
                if (INDEX_FILE.matcher(name).matches()) {
                    return Optional.of("missing file " + name);
                }
            } else if (t instanceof IndexFormatTooOldException old) {
                return Optional.of(cap("unreadable format in " + resource(old.getResourceDescription())
                        + " (damaged, or written by another Lucene version)"));
            } else if (t instanceof IndexFormatTooNewException neu) {
                return Optional.of(cap("unreadable format in " + resource(neu.getResourceDescription())
                        + " (damaged, or written by a newer reportminer)"));
            } else if (t instanceof CorruptIndexException c && corrupt == null) {
                // a missing file further down the chain says more; keep looking
                corrupt = c.getOriginalMessage() + " in " + resource(c.getResourceDescription());
            } else if (t instanceof EOFException && corrupt == null) {
                corrupt = "a file ends too early (" + t.getMessage() + ")";
            } else if (t.getMessage() != null && t.getMessage().matches("(?s).*Invalid v(Long|Int).*")
                    && corrupt == null) {
                // DataInput's reading of a zeroed or garbled block
                corrupt = t.getMessage();
            }
        }
        return Optional.ofNullable(corrupt).map(IndexDamage::cap);
    }

    /**
     * Reads the last commit of the index at {@code indexDir} and every file it references, checking each file's
     * checksum footer. Costs one read of the whole index: for the error path, not for every open.
     *
     * @return what is damaged, or empty when every file checks out (or there is no index)
     */
    public static Optional<String> verify(Path indexDir) {
        if (!Files.isDirectory(indexDir)) {
            return Optional.empty();
        }
        try (Directory dir = FSDirectory.open(indexDir)) {
            SegmentInfos infos;
            try {
                infos = SegmentInfos.readLatestCommit(dir);
            } catch (org.apache.lucene.index.IndexNotFoundException e) {
                return Optional.empty();
            }
            for (String file : infos.files(true)) {
                try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(in);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            // an unclassified I/O error (permissions, a failing disk) is not the index's fault
            return reason(e);
        } catch (RuntimeException e) {
            // decoding garbage fails in arbitrary ways (index out of bounds, negative sizes)
            Optional<String> known = reason(e);
            return known.isPresent() ? known : Optional.of(cap("cannot decode it: " + e));
        }
    }

    /** The file name in a Lucene resource description ({@code ...(path="/x/_0.cfs") [slice=_0.fnm]}). */
    private static String resource(String description) {
        if (description == null) {
            return "an index file";
        }
        Matcher m = RESOURCE_FILE.matcher(description);
        return m.find() ? fileName(m.group(1)) : description;
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String cap(String reason) {
        String oneLine = reason.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_REASON ? oneLine : oneLine.substring(0, MAX_REASON) + "…";
    }
}
