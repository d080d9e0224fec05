package org.reportminer.corpus.ingest;

import java.util.ArrayList;
import java.util.List;
import org.reportminer.corpus.text.Layout;

/**
 * Cleans text as extracted from a report file into one paragraph per line, keeping an {@link
 * org.reportminer.corpus.model.OffsetMap} back to the extracted text.
 *
 * <p>Every step only deletes characters or replaces one character by one, so the map stays a step function:
 * <ol>
 *   <li>line ends: CRLF and CR become LF; zero-width characters and the BOM are deleted; no-break, ideographic and
 *       other spaces become a plain space; full-width digits and Latin letters fold to ASCII (full-width
 *       punctuation such as {@code ，。：（）} stays);</li>
 *   <li>scraping markers such as {@code ##paidbegin##} are deleted, so the words around them join up;</li>
 *   <li>lines are trimmed; blank lines, web-page clutter (toolbars, breadcrumbs, source/time lines), a wiki licence
 *       trailer, page numbers and running headers/footers are dropped;</li>
 *   <li>in a hard-wrapped layout (most lines of one full width, as PDF text comes out) a full line that does not end
 *       a sentence is joined with the next line unless that line starts a heading ({@code 一、} {@code （一）}
 *       {@code 1.} {@code ①} {@code 第一，});</li>
 *   <li>a whole notice merged into its first line is split back into paragraphs at its joining spaces
 *       ({@link MergedNotice});</li>
 *   <li>spaces between Han characters, and between Han and digits/Latin/masks, are deleted
 *       ({@code 2023 年} → {@code 2023年}).</li>
 * </ol>
 * Masks ({@code *}, {@code **}, {@code ****年}, {@code XX}) are never changed.
 *
 * <p>A form feed {@code \f} in the input marks a page break (the extractors emit one after each PDF/OFD page);
 * lone numbers and repeated short lines next to page breaks are removed as page numbers and running
 * headers/footers. Stateless and thread-safe.
 */
public final class TextNormalizer {

    /** Normalises {@code extracted}; never null, possibly empty. */
    public NormalizedText normalize(String extracted) {
        MappedText text = MappedText.of(extracted);
        text = CharacterSteps.foldCharacters(text);
        text = CharacterSteps.deleteMarkers(text);
        text = rebuildLines(text, extracted);
        text = MergedNotice.split(text);
        text = CharacterSteps.deleteSpacesAroundHan(text);
        return new NormalizedText(text.text(), text.offsetMap());
    }

    /** Steps 3 and 4: drops what is not report text and joins hard-wrapped lines, one paragraph per line. */
    private static MappedText rebuildLines(MappedText in, String original) {
        List<TextLine> lines = splitLines(in);
        for (TextLine l : lines) {
            l.layoutWidth = l.blank() ? 0 : layoutWidth(original, in.origin(l.start));
        }
        LineFilters.dropClutter(lines);
        LineFilters.dropLicenceTrailer(lines);
        LineFilters.dropPageFurniture(lines);
        WrappedLayout.markWrappedJoins(lines);
        MappedText.Builder out = in.builder();
        TextLine pending = null;
        for (TextLine line : lines) {
            if (line.dropped || line.blank()) {
                continue;
            }
            if (pending != null) {
                if (pending.joinNext) {
                    if (CharacterSteps.isAsciiWordChar(in.charAt(pending.end - 1))
                            && CharacterSteps.isAsciiWordChar(in.charAt(line.start))) {
                        out.put(' ', pending.newline);
                    }
                } else {
                    out.put('\n', pending.newline);
                }
            }
            out.keep(line.start, line.end);
            pending = line;
        }
        return out.build();
    }

    /**
     * The display width of the extracted line holding original offset {@code offset}, as it was laid out: deleted
     * markers still took room on the page.
     */
    private static int layoutWidth(String original, int offset) {
        int from = offset;
        while (from > 0 && "\n\r\f".indexOf(original.charAt(from - 1)) < 0) {
            from--;
        }
        int to = offset;
        while (to < original.length() && "\n\r\f".indexOf(original.charAt(to)) < 0) {
            to++;
        }
        // display width in columns on the page: Han and other wide characters count two
        return Layout.typesetColumns(original.substring(from, to).strip());
    }

    private static List<TextLine> splitLines(MappedText in) {
        List<TextLine> lines = new ArrayList<>();
        String s = in.text();
        int page = 0;
        int from = 0;
        int n = s.length();
        while (from <= n) {
            int to = from;
            while (to < n && s.charAt(to) != '\n' && s.charAt(to) != '\f') {
                to++;
            }
            int a = from;
            int b = to;
            while (a < b && s.charAt(a) == ' ') {
                a++;
            }
            while (b > a && s.charAt(b - 1) == ' ') {
                b--;
            }
            lines.add(new TextLine(a, b, to < n ? to : -1, s.substring(a, b), page));
            if (to < n && s.charAt(to) == '\f') {
                page++;
            }
            from = to + 1;
        }
        // a line's newline index must be usable as a separator; the last line has none
        return lines;
    }

}
