package org.reportminer.cli.app;

import org.reportminer.corpus.text.Controls;

/**
 * The file name an upload is kept under, made from the name the client sent. The client's name is never used as a
 * path: only its last segment is kept, characters outside letters, digits and a few marks become {@code _}, leading
 * dots go (no hidden files, no {@code ..}), and the length is bounded. The extension survives, because the reader
 * detects a file's type (and GB18030 text) by it.
 */
public final class UploadName {
    /** Longest name kept, in characters. */
    public static final int MAX_CHARS = 120;
    private static final String FALLBACK = "upload";

    private UploadName() {
    }

    /** A safe single-segment file name for {@code clientName} (which may be {@code null} or hostile). */
    public static String of(String clientName) {
        String name = clientName == null ? "" : clientName;
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Controls.isControl(c) || Controls.isBidiFormat(c)) {
                return;
            }
            boolean kept = Character.isLetterOrDigit(c) || "._-()（）【】《》 ".indexOf(c) >= 0
                    || Character.getType(c) == Character.NON_SPACING_MARK;
            out.appendCodePoint(kept ? c : '_');
        });
        String safe = out.toString().strip().replaceAll("^[.\\s]+", "");
        if (safe.length() > MAX_CHARS) {
            int dot = safe.lastIndexOf('.');
            String ext = dot > 0 && safe.length() - dot <= 10 ? safe.substring(dot) : "";
            safe = safe.substring(0, MAX_CHARS - ext.length()) + ext;
        }
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.' || c == '_')) {
            return FALLBACK;
        }
        return safe;
    }
}
