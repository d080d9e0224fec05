package org.reportminer.index.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportminer.corpus.model.Span;
import org.reportminer.pipeline.text.CompareText;
import org.reportminer.corpus.text.ResourceLines;
import org.reportminer.pipeline.text.Sentences;

/**
 * Finds text a later report copied from an earlier one (连年雷同, 照搬照抄): sentences identical or nearly identical after
 * folding numbers, dates, masks and punctuation, merged into passages of consecutive sentences.
 *
 * <p>Method: each sentence is squeezed ({@code 2021年4月} and {@code 2022年5月} both become {@code #年#月}); sentences with
 * fewer than {@value #MIN_CHARS} content characters and boilerplate openings ({@code boilerplate.txt}) are discounted.
 * Identical squeezed sentences match through a hash map; the rest through MinHash over 4-character shingles
 * ({@value MinHash#HASHES} hashes, {@value MinHash#BANDS} LSH bands, in {@link MinHash}) and every LSH candidate is
 * verified exactly (shingle Jaccard at least {@value SentenceMatcher#MIN_JACCARD}, in {@link SentenceMatcher}), because
 * LSH returns candidates below the threshold. A passage is then widened over neighbouring short sentences that are the
 * same on both sides within the paragraph (a {@code 持续巩固整改成果。} lead-in), so it covers what was copied; those
 * sentences still count in neither share. Linear in the two reports' sizes.
 * Immutable and thread-safe.
 */
public final class ReuseDetector {

    /** The bundled boilerplate openings, {@code boilerplate.txt} next to this class. */
    public static final String RESOURCE = "boilerplate.txt";
    static final int MIN_CHARS = 10;

    private final Boilerplate boilerplate;

    private ReuseDetector(List<String> patterns, String source) {
        this.boilerplate = new Boilerplate(patterns, source);
    }

    /** The detector with the bundled boilerplate openings. */
    public static ReuseDetector bundled() {
        return new ReuseDetector(ResourceLines.bundled(ReuseDetector.class, RESOURCE).texts(), RESOURCE);
    }

    /** A detector with boilerplate openings read from a user-edited file (one regular expression per line). */
    public static ReuseDetector fromFile(Path file) {
        return new ReuseDetector(ResourceLines.file(file).texts(), file.toString());
    }

    /** The content sentences of a text with their fingerprints; compute once per report and reuse across pairs. */
    public Fingerprint fingerprint(String text) {
        List<Unit> units = new ArrayList<>();
        List<Span> sentences = Sentences.split(text);
        List<String> squeezed = new ArrayList<>(sentences.size());
        int total = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i);
            String sq = CompareText.squeeze(text.substring(s.start(), s.end()));
            squeezed.add(sq);
            if (sq.length() < MIN_CHARS || boilerplate.opens(sq)) {
                continue;
            }
            units.add(new Unit(s, sq, MinHash.signature(sq), i));
            total += s.length();
        }
        return new Fingerprint(text, List.copyOf(units), total, sentences, List.copyOf(squeezed));
    }

    /**
     * How many content sentences of {@code later} occur in {@code earlier} identically after squeezing (numbers and
     * dates folded): a cheap measure, linear in {@code later}'s sentences, to pick which earlier report to compare.
     */
    public int sharedSentences(Fingerprint later, Fingerprint earlier) {
        int n = 0;
        for (Unit u : later.units) {
            if (earlier.squeezed.contains(u.squeezed)) {
                n++;
            }
        }
        return n;
    }

    /** Reuse of {@code earlier} in {@code later}; convenience for {@link #compare(String, Fingerprint, String, Fingerprint)}. */
    public Reuse compare(String laterId, String laterText, String earlierId, String earlierText) {
        return compare(laterId, fingerprint(laterText), earlierId, fingerprint(earlierText));
    }

    /** Reuse of the earlier report's sentences in the later one. */
    public Reuse compare(String laterId, Fingerprint later, String earlierId, Fingerprint earlier) {
        SentenceMatcher matcher = new SentenceMatcher(earlier.units);
        int[] match = new int[later.units.size()];
        int reused = 0;
        int prev = -2;
        for (int i = 0; i < later.units.size(); i++) {
            Unit u = later.units.get(i);
            int m = matcher.bestMatch(u, prev);
            match[i] = m;
            if (m >= 0) {
                reused += u.span.length();
            }
            prev = m;
        }
        List<ReusedPassage> passages = new ArrayList<>();
        int i = 0;
        while (i < match.length) {
            if (match[i] < 0) {
                i++;
                continue;
            }
            int k = i;
            while (k + 1 < match.length && match[k + 1] == match[k] + 1) {
                k++;
            }
            int ls = later.units.get(i).sentence;
            int le = later.units.get(k).sentence;
            int es = earlier.units.get(match[i]).sentence;
            int ee = earlier.units.get(match[k]).sentence;
            // widen over short sentences (a 持续巩固整改成果。 lead-in) that are the same on both sides, within the paragraph
            while (sameNeighbour(later, ls, ls - 1, earlier, es, es - 1)) {
                ls--;
                es--;
            }
            while (sameNeighbour(later, le, le + 1, earlier, ee, ee + 1)) {
                le++;
                ee++;
            }
            int start = later.sentences.get(ls).start();
            int end = later.sentences.get(le).end();
            passages.add(new ReusedPassage(later.text.substring(start, end), start, end,
                    earlier.sentences.get(es).start(), earlier.sentences.get(ee).end()));
            i = k + 1;
        }
        passages.sort(Comparator.comparingInt((ReusedPassage p) -> p.end() - p.start()).reversed()
                .thenComparingInt(ReusedPassage::start));
        double share = later.contentChars == 0 ? 0 : Math.min(1, (double) reused / later.contentChars);
        return new Reuse(laterId, earlierId, share, passages);
    }

    /**
     * Whether sentence {@code ln} next to {@code l} in the later text and {@code en} next to {@code e} in the earlier one
     * are equal after squeezing and lie in the same paragraphs as their neighbours.
     */
    private static boolean sameNeighbour(Fingerprint later, int l, int ln, Fingerprint earlier, int e, int en) {
        if (ln < 0 || en < 0 || ln >= later.sentences.size() || en >= earlier.sentences.size()) {
            return false;
        }
        String sq = later.sentenceSqueezed.get(ln);
        return !sq.isEmpty() && sq.equals(earlier.sentenceSqueezed.get(en))
                && sameParagraph(later, l, ln) && sameParagraph(earlier, e, en);
    }

    private static boolean sameParagraph(Fingerprint f, int a, int b) {
        int from = Math.min(f.sentences.get(a).end(), f.sentences.get(b).end());
        int to = Math.max(f.sentences.get(a).start(), f.sentences.get(b).start());
        return f.text.indexOf('\n', from) < 0 || f.text.indexOf('\n', from) >= to;
    }

    /** The content sentences of one report with their MinHash signatures. Immutable. */
    public static final class Fingerprint {
        private final String text;
        final List<Unit> units;
        private final int contentChars;
        private final Set<String> squeezed;
        private final List<Span> sentences;
        private final List<String> sentenceSqueezed;

        private Fingerprint(String text, List<Unit> units, int contentChars, List<Span> sentences,
                            List<String> sentenceSqueezed) {
            this.text = text;
            this.units = units;
            this.contentChars = contentChars;
            this.sentences = List.copyOf(sentences);
            this.sentenceSqueezed = sentenceSqueezed;
            Set<String> sq = new HashSet<>();
            units.forEach(u -> sq.add(u.squeezed));
            this.squeezed = sq;
        }

        /** Characters of the content sentences (the share's denominator). */
        public int contentChars() {
            return contentChars;
        }

        /** How many content sentences were fingerprinted. */
        public int sentences() {
            return units.size();
        }
    }

    /** One content sentence: where it is, its squeezed text, its MinHash signature and its index among all sentences. */
    record Unit(Span span, String squeezed, long[] signature, int sentence) {
    }
}
