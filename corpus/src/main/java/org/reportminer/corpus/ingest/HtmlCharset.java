package org.reportminer.corpus.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads the charset an HTML page declares. A declaration of GB2312, GBK or GB18030 (under any of their labels),
 * UTF-8, ASCII or UTF-16 counts for nothing: such pages, and pages that declare nothing, are sniffed by
 * {@link TextFileDecoder} (BOM, else valid UTF-8, else GB18030). That reads every GBK label as GB18030, as browsers
 * do (the WHATWG encoding standard maps them all to the GB18030 decoder); Java's GB2312 decoder lacks GBK-only
 * characters such as ㎡, and a page with a long ASCII head and no declaration would otherwise be guessed as
 * ISO-8859-1. Any other declaration that Java supports (Big5, Shift_JIS, windows-1252, …) is
 * {@linkplain #declaredOther returned} to be tried first.
 *
 * <p>Stateless.
 */
final class HtmlCharset {

    /** How far into the page a declaration is looked for; browsers look at 1 KB, Tika at 8 KB. */
    private static final int DECLARATION_WINDOW = 64 * 1024;

    /**
     * WHATWG labels of gbk and gb18030, plus UTF-8, ASCII and UTF-16/32 labels, lower case. A page whose meta tag
     * can be read as ASCII is not in UTF-16 whatever it says (browsers then use UTF-8); real UTF-16 has a BOM.
     */
    private static final Set<String> SNIFFED = Set.of(
            "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58",
            "x-gbk", "gb18030", "cp936", "ms936", "windows-936", "x-mswin-936", "euc-cn", "x-euc-cn",
            "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
            "us-ascii", "ascii", "utf-16", "utf-16le", "utf-16be", "unicode", "utf-32", "utf-32le", "utf-32be");

    private HtmlCharset() {
    }

    /** The charset label the page declares in a meta tag or XML declaration near its start, if any. */
    static Optional<String> declared(byte[] page) {
        // ISO-8859-1 maps each byte to one char, so the ASCII markup is readable whatever the real charset
        String head = new String(page, 0, Math.min(page.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = IngestPatterns.HTML_DECLARED_CHARSET.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The charset the page declares when it is one that sniffing would not find (neither GB nor UTF-8 nor ASCII)
     * and Java supports it; else empty, and the page is sniffed.
     */
    static Optional<Charset> declaredOther(byte[] page) {
        return declared(page).filter(label -> !SNIFFED.contains(label.toLowerCase(Locale.ROOT)))
                .flatMap(HtmlCharset::supported);
    }

    private static Optional<Charset> supported(String label) {
        try {
            return Optional.of(Charset.forName(label));
        } catch (IllegalArgumentException e) {
            // IllegalCharsetNameException and UnsupportedCharsetException: a label Java does not know is ignored
            return Optional.empty();
        }
    }
}
