package org.reportminer.index.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 * ({@value #HASHES} hashes, {@value #BANDS} LSH bands) and every LSH candidate is verified exactly (shingle Jaccard at
 * least {@value #MIN_JACCARD}), because LSH returns candidates below the threshold. A passage is then widened over
 * neighbouring short sentences that are the same on both sides within the paragraph (a {@code 持续巩固整改成果。}
 * lead-in), so it covers what was copied; those sentences still count in neither share. Linear in the two reports'
 * sizes.
 * Immutable and thread-safe.
 */
public final class ReuseDetector {

    /** The bundled boilerplate openings, {@code boilerplate.txt} next to this class. */
    public static final String RESOURCE = "boilerplate.txt";
    static final int MIN_CHARS = 10;
    static final int SHINGLE = 4;
    static final int HASHES = 30;
    static final int BANDS = 10;
    static final double MIN_JACCARD = 0.7;

    private static final long[] SEEDS = seeds(0x243F6A8885A308D3L);
    private static final long[] MULTIPLIERS = odd(seeds(0x13198A2E03707344L));

    /** All boilerplate openings as one alternation (one regex run per sentence), or {@code null} when there are none. */
    private final Pattern boilerplate;

    private ReuseDetector(List<String> patterns, String source) {
        StringBuilder all = new StringBuilder();
        for (String p : patterns) {
            try {
                Pattern.compile(p); // report a bad line by itself
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException(source + ": bad pattern '" + p + "': " + e.getDescription(), e);
            }
            all.append(all.length() == 0 ? "" : "|").append("(?:").append(p).append(')');
        }
        this.boilerplate = all.length() == 0 ? null : Pattern.compile(all.toString());
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
            if (sq.length() < MIN_CHARS || isBoilerplate(sq)) {
                continue;
            }
            units.add(new Unit(s, sq, minhash(sq), i));
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
        Map<String, Integer> exact = new HashMap<>();
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int j = 0; j < earlier.units.size(); j++) {
            Unit u = earlier.units.get(j);
            exact.putIfAbsent(u.squeezed, j);
            for (int b = 0; b < BANDS; b++) {
                buckets.computeIfAbsent(bandKey(u.signature, b), k -> new ArrayList<>(2)).add(j);
            }
        }
        int[] match = new int[later.units.size()];
        int reused = 0;
        int prev = -2;
        for (int i = 0; i < later.units.size(); i++) {
            Unit u = later.units.get(i);
            int m = bestMatch(u, prev, exact, buckets, earlier);
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

    private int bestMatch(Unit u, int prev, Map<String, Integer> exact, Map<Long, List<Integer>> buckets,
                          Fingerprint earlier) {
        Integer same = exact.get(u.squeezed);
        if (prev >= 0 && prev + 1 < earlier.units.size() && earlier.units.get(prev + 1).squeezed.equals(u.squeezed)) {
            return prev + 1; // keep passages contiguous when the same sentence occurs twice
        }
        if (same != null) {
            return same;
        }
        Set<Integer> candidates = new HashSet<>();
        for (int b = 0; b < BANDS; b++) {
            List<Integer> l = buckets.get(bandKey(u.signature, b));
            if (l != null) {
                candidates.addAll(l);
            }
        }
        if (candidates.isEmpty()) {
            return -1;
        }
        Set<String> mine = shingles(u.squeezed);
        int best = -1;
        double bestJ = 0;
        for (int c : candidates) {
            double j = jaccard(mine, shingles(earlier.units.get(c).squeezed));
            if (j >= MIN_JACCARD && (j > bestJ || (j == bestJ && c == prev + 1))) {
                best = c;
                bestJ = j;
            }
        }
        return best;
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

    private boolean isBoilerplate(String squeezed) {
        return boilerplate != null && boilerplate.matcher(squeezed).lookingAt();
    }

    static Set<String> shingles(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= s.length(); i++) {
            out.add(s.substring(i, i + SHINGLE));
        }
        if (out.isEmpty()) {
            out.add(s);
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        int inter = 0;
        for (String x : a) {
            if (b.contains(x)) {
                inter++;
            }
        }
        int union = a.size() + b.size() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    /**
     * MinHash signature over the 4-character shingles: each shingle is hashed once (SplitMix64), and the
     * {@value #HASHES} functions are multiply-add permutations of that hash (odd multipliers), one multiplication each
     * instead of a full re-mix: the signature is only a candidate filter, every candidate is verified exactly.
     */
    private static long[] minhash(String s) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= s.length(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + s.charAt(k);
            }
            h = mix(h);
            for (int f = 0; f < HASHES; f++) {
                long v = h * MULTIPLIERS[f] + SEEDS[f];
                if (v < sig[f]) {
                    sig[f] = v;
                }
            }
        }
        return sig;
    }

    private static long bandKey(long[] sig, int band) {
        int rows = HASHES / BANDS;
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < rows; r++) {
            h = mix(h ^ sig[band * rows + r]);
        }
        return h;
    }

    /** SplitMix64 finaliser: a cheap, well-mixed 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] odd(long[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] |= 1;
        }
        return values;
    }

    private static long[] seeds(long start) {
        long[] s = new long[HASHES];
        long x = start; // fixed: signatures must not change between runs
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        return s;
    }

    /** The content sentences of one report with their MinHash signatures. Immutable. */
    public static final class Fingerprint {
        private final String text;
        private final List<Unit> units;
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

    private record Unit(Span span, String squeezed, long[] signature, int sentence) {
    }
}
