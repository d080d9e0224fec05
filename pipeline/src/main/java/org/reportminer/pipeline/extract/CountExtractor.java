package org.reportminer.pipeline.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.text.Han;
import org.reportminer.corpus.text.Numerals;
import org.reportminer.corpus.text.Punctuation;
import org.reportminer.pipeline.patterns.ChineseNumber;
import org.reportminer.pipeline.patterns.CountPatterns;
import org.reportminer.pipeline.patterns.ReportPatterns;
import org.reportminer.pipeline.segment.DomainTerms;
import org.reportminer.pipeline.segment.Segmenter;
import org.reportminer.pipeline.segment.Token;

/**
 * Finds every count in a text: a number (Arabic, Chinese, mixed with 万/亿, or masked) with its unit, the qualifier
 * that makes it approximate, what it counts, and the {@code 其中} parts that break it down (two parts or more; a
 * single {@code 其中} part is a subset and stays a count of its own).
 *
 * <p>Not counts: fixed terms ({@link DomainTerms}: 八项规定, 两个维护), ordinals ({@code 第一巡察组},
 * {@code 二次全会}), dates ({@code 2023年}, {@code *月**日}: 年/月/日 are not units), and Chinese numerals that do not
 * start a word ({@code 统一项目} is not 1 项; word boundaries come from the segmenter's tokens).
 *
 * <p>Only the clause around each candidate is segmented (word boundaries and the noun after a classifier are
 * local), which keeps extraction faster than segmenting the whole report. Reads the normalised text; writes counts
 * in text order with breakdown parts nested (parts are not repeated at top level). Thread-safe.
 */
public final class CountExtractor {

    private static final int MAX_OBJECT = 16;
    private static final String CLASSIFIERS = "个项条名份家件批户篇场处所座台辆种类支张套部位堂幅册栋间";

    /** Longest stretch segmented on each side of a candidate. */
    private static final int WINDOW = 24;

    /** Domain terms containing a numeral, keyed by their first character. */
    private final java.util.Map<Character, List<String>> numericTerms;
    private final Segmenter segmenter;

    public CountExtractor(Segmenter segmenter, DomainTerms terms) {
        this.segmenter = segmenter;
        this.numericTerms = java.util.Map.copyOf(terms.terms().stream()
                .filter(t -> t.chars().anyMatch(c -> Numerals.isChineseNumeral((char) c)))
                .collect(java.util.stream.Collectors.groupingBy(t -> t.charAt(0))));
    }

    /** Every count in {@code text}. */
    public List<Count> extract(String text) {
        BitSet blocked = blockedByTerms(text);
        BitSet wordStarts = new BitSet(text.length() + 1);
        java.util.Map<Integer, Token> byStart = new java.util.HashMap<>();
        int segmentedTo = 0;
        List<Count> flat = new ArrayList<>();
        Matcher m = CountPatterns.COUNT.matcher(text);
        while (m.find()) {
            if (m.end() + WINDOW > segmentedTo) {
                int from = clauseStart(text, Math.max(segmentedTo, m.start() - WINDOW), m.start());
                int to = Math.min(text.length(), m.end() + WINDOW);
                for (Token t : segmenter.segment(text.substring(from, to))) {
                    wordStarts.set(from + t.start());
                    byStart.put(from + t.start(), new Token(t.term(), from + t.start(), from + t.end(), t.pos()));
                }
                segmentedTo = to;
            }
            Count c = toCount(text, m, blocked, wordStarts, byStart);
            if (c != null) {
                flat.add(c);
            }
        }
        return nestBreakdowns(text, flat);
    }

    /** Where to start segmenting before {@code at}: after the last clause break in {@code [min, at)}. */
    private static int clauseStart(String text, int min, int at) {
        for (int i = at - 1; i >= min; i--) {
            char c = text.charAt(i);
            if (Punctuation.isSentenceEnd(c) || Punctuation.COMMAS.indexOf(c) >= 0 || c == '\n') {
                return i + 1;
            }
        }
        return min;
    }

    private BitSet blockedByTerms(String text) {
        BitSet blocked = new BitSet(text.length());
        for (int i = 0; i < text.length(); i++) {
            List<String> candidates = numericTerms.get(text.charAt(i));
            if (candidates != null) {
                for (String term : candidates) {
                    if (text.startsWith(term, i)) {
                        blocked.set(i, i + term.length());
                    }
                }
            }
        }
        return blocked;
    }

    /** Characters after which {@code 一期} counts sessions (举办一期, 共三期) rather than naming a phase. */
    private static final String PHASE_COUNT_LEADS = "办开共计训班了各每";

    private static Count toCount(String text, Matcher m, BitSet blocked, BitSet wordStarts,
                                 java.util.Map<Integer, Token> byStart) {
        String num = m.group("num");
        int numStart = m.start("num");
        char before = numStart > 0 ? text.charAt(numStart - 1) : ' ';
        if (before == '第' || Character.isDigit(before) || before == '.' || before == '*' || before == ','
                || (before < 128 && Character.isLetter(before))) {
            return null;
        }
        boolean chinese = !Character.isDigit(num.charAt(0)) && num.charAt(0) != '*';
        if (chinese && !wordStarts.get(numStart)) {
            return null;
        }
        int end = m.end();
        String unit = m.group("unit");
        if ((unit.equals("次") || unit.equals("届")) && CountPatterns.ORDINAL_FOLLOWER.matcher(text)
                .region(end, Math.min(text.length(), end + 6)).lookingAt()) {
            return null;
        }
        if (chinese && unit.equals("期") && Han.is(before)
                && PHASE_COUNT_LEADS.indexOf(before) < 0) {
            // 榆神一期, 核电二期: a project's phase, named after it; 举办三期 counts sessions
            return null;
        }
        if (blocked.get(m.start(), m.end()).cardinality() > 0) {
            return null;
        }
        boolean masked = num.charAt(0) == '*';
        BigDecimal value = null;
        if (!masked) {
            String mult = m.group("mult") == null ? "" : m.group("mult");
            value = ChineseNumber.parse(num + mult).orElse(null);
            if (value == null) {
                return null;
            }
            if (m.group("mult2") != null) {
                value = value.multiply(ChineseNumber.expect("1" + m.group("mult2")));
            }
        }
        int start = numStart;
        String qualifier = m.group("approx");
        Matcher after = CountPatterns.QUALIFIER_AFTER.matcher(text).region(end, Math.min(text.length(), end + 2));
        if (after.lookingAt()) {
            end = after.end();
            qualifier = qualifier == null ? after.group() : qualifier;
        }
        Matcher pre = CountPatterns.QUALIFIER_BEFORE.matcher(text).region(Math.max(0, start - 3), start);
        if (pre.find()) {
            start = pre.start();
            qualifier = qualifier == null ? pre.group() : qualifier;
        }
        String object = object(text, start, end, unit, byStart);
        return new Count(value, masked, text.substring(start, end), unit, object, qualifier, start, end, List.of());
    }

    /** What is counted: the noun phrase after a classifier (5个问题) or before the number (集中学习22次). */
    static String object(String text, int start, int end, String unit, java.util.Map<Integer, Token> byStart) {
        String after = nounsAfter(text, end, byStart);
        String before = phraseBefore(text, start);
        boolean classifier = unit.length() == 1 && CLASSIFIERS.contains(unit);
        String first = classifier ? after : before;
        String second = classifier ? before : after;
        if (first != null && !first.isEmpty()) {
            return first;
        }
        return second == null || second.isEmpty() ? null : second;
    }

    /** The run of noun tokens starting at {@code end} (调研组 in 2个调研组分别…), at most {@code MAX_OBJECT} chars. */
    private static String nounsAfter(String text, int end, java.util.Map<Integer, Token> byStart) {
        int i = end;
        Token t;
        while ((t = byStart.get(i)) != null && isNoun(t.pos()) && t.end() - end <= MAX_OBJECT
                && t.term().chars().allMatch(c -> isObjectChar((char) c))) {
            i = t.end();
        }
        return i > end ? text.substring(end, i) : phraseAfter(text, end);
    }

    private static boolean isNoun(String pos) {
        return pos.startsWith("n") || pos.equals("vn") || pos.startsWith("g") || pos.equals("j") || pos.equals("an");
    }

    private static String phraseAfter(String text, int end) {
        int i = end;
        int limit = Math.min(text.length(), end + MAX_OBJECT);
        while (i < limit && isObjectChar(text.charAt(i))) {
            i++;
        }
        return text.substring(end, i);
    }

    private static String phraseBefore(String text, int start) {
        int i = start;
        int limit = Math.max(0, start - MAX_OBJECT);
        while (i > limit && isObjectChar(text.charAt(i - 1))) {
            i--;
        }
        String phrase = text.substring(i, start);
        Matcher lead = CountPatterns.OBJECT_LEAD.matcher(phrase);
        if (lead.lookingAt()) {
            phrase = phrase.substring(lead.end());
        }
        return phrase;
    }

    private static boolean isObjectChar(char c) {
        return Han.is(c) && !CountPatterns.OBJECT_STOP.matcher(String.valueOf(c)).matches();
    }

    /** Moves {@code 其中} parts into their total. */
    private static List<Count> nestBreakdowns(String text, List<Count> flat) {
        List<Count> out = new ArrayList<>();
        int i = 0;
        while (i < flat.size()) {
            Count total = flat.get(i);
            Matcher opener = CountPatterns.BREAKDOWN_OPENER.matcher(text)
                    .region(total.end(), Math.min(text.length(), total.end() + 14));
            List<Count> parts = new ArrayList<>();
            int j = i + 1;
            if (opener.lookingAt()) {
                int from = opener.end();
                while (j < flat.size()) {
                    Count part = flat.get(j);
                    if (!part.unit().equals(total.unit()) || part.start() < from
                            || !CountPatterns.BREAKDOWN_GAP.matcher(text).region(from, part.start()).matches()) {
                        break;
                    }
                    parts.add(part);
                    from = part.end();
                    j++;
                }
            }
            // One part names a subset (抽查120份，其中附件不完整的17份), not a breakdown to add up.
            if (parts.size() < 2) {
                out.add(total);
                i++;
            } else {
                out.add(new Count(total.value(), total.masked(), total.surface(), total.unit(), total.object(),
                        total.qualifier(), total.start(), total.end(), parts));
                i = j;
            }
        }
        return out;
    }
}
