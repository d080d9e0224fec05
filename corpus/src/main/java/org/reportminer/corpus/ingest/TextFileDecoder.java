package org.reportminer.corpus.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.corpus.text.Han;

/**
 * Decides the charset of a plain-text file and decodes it, never assuming: a BOM wins (UTF-8, UTF-16LE/BE); else
 * strictly valid UTF-8; else GB18030 (which covers GB2312 and GBK). When neither decodes cleanly, both lenient
 * decodings are scored by their share of plausible text characters and the better one is kept if it is
 * plausible enough. Bytes that decode to control characters or junk are rejected as binary. The same decoding,
 * and so the same binary rule, serves .txt, HTML and MHT files.
 *
 * <p>Stateless and thread-safe.
 */
final class TextFileDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Below this share of plausible characters a decoding is not text. */
    private static final double MIN_PLAUSIBLE = 0.95;

    /** The decoded text and its charset name. */
    record Decoded(String text, String charset) {
    }

    Decoded decode(byte[] bytes, String fileName) throws IngestException {
        Decoded decoded = decodeByBomOrValidity(bytes);
        if (decoded == null) {
            Decoded utf8 = new Decoded(lenient(bytes, StandardCharsets.UTF_8), "UTF-8");
            Decoded gb = new Decoded(lenient(bytes, GB18030), "GB18030");
            decoded = plausibility(gb.text()) >= plausibility(utf8.text()) ? gb : utf8;
        }
        double score = plausibility(decoded.text());
        if (score < MIN_PLAUSIBLE) {
            throw new IngestException(ProblemKind.BINARY, String.format(java.util.Locale.ROOT,
                    "binary content, not text (only %.0f%% of characters are plausible text in any charset)",
                    score * 100));
        }
        return decoded;
    }

    /**
     * Decodes bytes that declare {@code declared} (an HTML page's meta charset that sniffing would not find, such
     * as Big5): a BOM still wins; else the declared charset when it decodes the bytes strictly into text without
     * control characters; else, the declaration being wrong, as {@link #decode} does.
     *
     * @throws IngestException {@code BINARY} when the bytes are no text in any charset
     */
    Decoded decodeDeclared(byte[] bytes, String fileName, Charset declared) throws IngestException {
        if (bom(bytes) == null) {
            String text = strict(bytes, declared);
            if (text != null && controlShare(text) <= 1 - MIN_PLAUSIBLE) {
                return new Decoded(text, declared.name());
            }
        }
        return decode(bytes, fileName);
    }

    /**
     * The prefix of a cut file up to a byte where no character can be split, so strict decoding still tells UTF-8
     * from GB18030: the last line feed, else the last byte below {@code 0x30} (ASCII space, punctuation and controls
     * are never part of a UTF-8 or GB18030 multi-byte sequence), else before the last UTF-8 lead byte; UTF-16 (by its BOM) at an
     * even length.
     */
    static byte[] cutAtSafeByte(byte[] b) {
        Decoded byBom = bom(b);
        if (byBom != null && !"UTF-8".equals(byBom.charset())) {
            return java.util.Arrays.copyOf(b, b.length & ~1);
        }
        int cut = -1;
        for (int i = b.length - 1; i >= 0 && cut < 0; i--) {
            if (b[i] == '\n') {
                cut = i + 1;
            }
        }
        for (int i = b.length - 1; i >= 0 && cut < 0; i--) {
            if (b[i] >= 0 && b[i] < 0x30) {
                cut = i + 1;
            }
        }
        if (cut < 0) {
            // all multi-byte text (Chinese without a line break or ASCII punctuation): cut before the last UTF-8
            // lead byte, or strict UTF-8 fails on the split character and the pairs of UTF-8 bytes, all valid
            // GB18030, win as mojibake
            cut = b.length;
            while (cut > 0 && (b[cut - 1] & 0xC0) == 0x80) {
                cut--;
            }
            if (cut > 0 && (b[cut - 1] & 0xC0) == 0xC0) {
                cut--;
            }
        }
        return java.util.Arrays.copyOf(b, cut);
    }

    private static Decoded decodeByBomOrValidity(byte[] b) {
        Decoded byBom = bom(b);
        if (byBom != null) {
            return byBom;
        }
        String utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            // pure ASCII is valid in both; a GBK file that happens to be valid UTF-8 scores worse as UTF-8
            String gb = strict(b, GB18030);
            if (gb != null && !utf8.equals(gb) && plausibility(gb) > plausibility(utf8)) {
                return new Decoded(gb, "GB18030");
            }
            return new Decoded(utf8, "UTF-8");
        }
        String gb = strict(b, GB18030);
        return gb == null ? null : new Decoded(gb, "GB18030");
    }

    /** The text after a UTF-8 or UTF-16 byte-order mark, else {@code null}. */
    private static Decoded bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        return null;
    }

    private static String strict(byte[] bytes, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, Charset cs) {
        return new String(bytes, cs);
    }

    /**
     * Share of characters that are plausible in a Chinese or Latin report: printable ASCII and whitespace, common
     * Han, CJK and general punctuation, full-width forms, Latin-1 letters. Control characters, U+FFFD, private-use
     * and rare blocks that mis-decodings produce do not count.
     */
    static double plausibility(String s) {
        if (s.isEmpty()) {
            return 1.0;
        }
        int good = 0;
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            total++;
            if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || (c >= 0x20 && c < 0x7F)
                    || Han.isUnifiedBlock(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                    || (c >= 0x2000 && c <= 0x206F) || (c >= 0xA0 && c <= 0xFF) || (c >= 0x2460 && c <= 0x24FF)
                    || (c >= 0x2100 && c <= 0x22FF) || (c >= 0x25A0 && c <= 0x26FF) || c == 0xFEFF
                    || (Han.isExtensionA(c) && isRareOk(s, i))) {
                good++;
            }
        }
        return (double) good / total;
    }

    /** Share of control characters other than line breaks, tabs and form feeds: a charset-neutral sign of binary. */
    private static double controlShare(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        long controls = s.chars().filter(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                || c == 0x7F).count();
        return (double) controls / s.length();
    }

    /** CJK extension A characters are rare in reports; accept them only when isolated. */
    private static boolean isRareOk(String s, int i) {
        return (i == 0 || !Han.isExtensionA(s.charAt(i - 1)))
                && (i + 1 >= s.length() || !Han.isExtensionA(s.charAt(i + 1)));
    }
}
