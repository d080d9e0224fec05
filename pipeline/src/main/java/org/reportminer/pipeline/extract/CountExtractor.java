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
import org.reportminer.corpus.text.Traditional;
import org.reportminer.pipeline.patterns.ChineseNumber;
import org.reportminer.pipeline.patterns.CountPatterns;
import org.reportminer.pipeline.patterns.FirstCharPattern;
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
 * local), which keeps extraction faster than segmenting the whole report, and the candidates themselves are found
 * by trying the patterns only where a number can start ({@link CountPatterns#COUNT_FINDER}). Reads the normalised text; writes counts
 * in text order with breakdown parts nested (parts are not repeated at top level). Thread-safe.
 */
public final class CountExtractor {

    private static final int MAX_OBJECT = 16;
    private static final String CLASSIFIERS = "个项条名份家件批户篇场处所座台辆种类支张套部位堂幅册栋间";

    /** Longest stretch segmented on each side of a candidate. */
    private static final int WINDOW = 24;

    /** How far a window that continues the last one reaches back into it. */
    private static final int OVERLAP = 8;

    /** Domain terms containing a numeral, keyed by their first character. */
    private final java.util.Map<Character, List<String>> numericTerms;
    private final Segmenter segmenter;

    public CountExtractor(Segmenter segmenter, DomainTerms terms) {
        // The words without the contextual tagging pass: each word gets its most frequent tag, which is all the rules
        // read (m, q, n…), and the windows are segmented about a fifth faster. On the 83 corpus reports the counts
        // are the same; 6 of 12,800 objects change, mostly to a shorter noun phrase (困难群众 for 困难群众发放).
        this.segmenter = segmenter.wordsOnly();
        this.numericTerms = java.util.Map.copyOf(terms.terms().stream()
                .filter(t -> t.chars().anyMatch(c -> Numerals.isChineseNumeral((char) c)))
                .collect(java.util.stream.Collectors.groupingBy(t -> t.charAt(0))));
    }

    /** Every count in {@code text}. */
    public List<Count> extract(String text) {
        // Traditional forms fold one char to one char (項 → 项, 萬 → 万): rules and the segmenter read the folded text,
        // surfaces and objects come from the text as written at the same offsets.
        String folded = Traditional.fold(text);
        BitSet blocked = blockedByTerms(folded);
        Windows windows = new Windows(folded);
        BitSet listed = new BitSet(folded.length());
        List<Count> flat = new ArrayList<>();
        FirstCharPattern.Finder candidates = CountPatterns.COUNT_FINDER.finder(folded);
        while (candidates.find()) {
            Matcher m = candidates.matcher();
            windows.coverFrom(m.start(), m.end());
            listed.set(m.start("num"));
            Count c = listedCount(text, folded, m, blocked, windows.tokens);
            if (c != null) {
                flat.add(c);
            }
        }
        openCounts(text, folded, blocked, windows, listed, flat);
        // in text order always (a qualifier can move a start back): later stages binary-search this list
        flat.sort(java.util.Comparator.comparingInt(Count::start));
        return nestBreakdowns(folded, flat);
    }

    /**
     * The segmentation of the windows read so far: tokens by start offset. Windows are segmented left to right for
     * the listed units ({@link #coverFrom}) and then on demand for open-vocabulary candidates ({@link #cover}).
     */
    private final class Windows {
        final String text;
        final java.util.Map<Integer, Token> tokens = new java.util.HashMap<>();
        final BitSet covered;
        int segmentedTo;

        Windows(String text) {
            this.text = text;
            this.covered = new BitSet(text.length());
        }

        /**
         * Makes sure {@code [start, end + WINDOW)} is segmented, reading forward from the last window. A window that
         * continues the last one starts up to {@code OVERLAP} characters before its end (at a clause break when there
         * is one), so that a word the last window cut in two (进一|步) is read whole.
         */
        void coverFrom(int start, int end) {
            if (end + WINDOW > segmentedTo) {
                int from = start - WINDOW >= segmentedTo ? clauseStart(text, start - WINDOW, start)
                        : clauseStart(text, Math.max(0, segmentedTo - OVERLAP), segmentedTo);
                segment(from, Math.min(text.length(), end + WINDOW));
            }
        }

        /** Makes sure {@code [start, end + WINDOW)} is segmented, anywhere in the text. */
        void cover(int start, int end) {
            int to = Math.min(text.length(), end + WINDOW);
            if (covered.nextClearBit(start) < to) {
                segment(clauseStart(text, Math.max(0, start - WINDOW), start), to);
            }
        }

        private void segment(int from, int to) {
            // A window that does not start at a clause break may cut a word at its start: there the tokens already
            // read stay, and the window's own tokens only fill gaps. Elsewhere the window's tokens replace the old
            // ones, which a window cut mid-word before (进一|步).
            int trusted = from == 0 || isBreak(text.charAt(from - 1)) ? from : Math.min(to, from + OVERLAP / 2);
            for (int i = trusted; i < to; i++) {
                tokens.remove(i);
            }
            for (Token t : segmenter.segment(text.substring(from, to))) {
                int start = from + t.start();
                if (start >= trusted || !covered.get(start)) {
                    tokens.put(start, new Token(t.term(), start, from + t.end(), t.pos()));
                }
            }
            covered.set(from, to);
            segmentedTo = Math.max(segmentedTo, to);
        }
    }

    /** Where to start segmenting before {@code at}: after the last clause break in {@code [min, at)}. */
    private static int clauseStart(String text, int min, int at) {
        for (int i = at - 1; i >= min; i--) {
            if (isBreak(text.charAt(i))) {
                return i + 1;
            }
        }
        return min;
    }

    private static boolean isBreak(char c) {
        return Punctuation.isSentenceEnd(c) || Punctuation.COMMAS.indexOf(c) >= 0 || c == '\n';
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

    /**
     * Whether a number may start at {@code numStart}: not an ordinal ({@code 第3条}, also {@code 第 3 条}), not the
     * tail of a longer number, a decimal, a mask, a thousands group or a code ({@code GB2312}).
     */
    private static boolean startsANumber(String text, int numStart) {
        char adjacent = numStart > 0 ? text.charAt(numStart - 1) : ' ';
        int i = numStart - 1;
        while (i >= 0 && isSpace(text.charAt(i))) {
            i--;
        }
        if (i >= 0 && text.charAt(i) == '第') {
            return false;
        }
        if (Character.isDigit(adjacent) || adjacent == '.' || adjacent == '*' || (adjacent < 128 && Character.isLetter(adjacent))) {
            return false;
        }
        if (i >= 0 && i < numStart - 1 && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.'
                || text.charAt(i) == '．')) {
            return false; // digits spaced out by a bad PDF (1 0 ．0 6 ‰): the tail of a number, not one of its own
        }
        // 1,200 is one number; after a comma that follows words (分类,11个街道) a new number starts
        return adjacent != ',' || numStart < 2 || !Character.isDigit(text.charAt(numStart - 2));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == Punctuation.IDEOGRAPHIC_SPACE;
    }

    /** A line break between number and unit is a PDF break only when the number does not open its line. */
    private static boolean gapAllowed(String text, int numStart, String gap) {
        if (gap == null || gap.indexOf('\n') < 0) {
            return true;
        }
        int i = numStart - 1;
        while (i >= 0 && isSpace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) != '\n' && text.charAt(i) != '\r';
    }

    private static Count listedCount(String text, String folded, Matcher m, BitSet blocked,
                                     java.util.Map<Integer, Token> byStart) {
        String num = m.group("num");
        int numStart = m.start("num");
        char before = numStart > 0 ? folded.charAt(numStart - 1) : ' ';
        if (!startsANumber(folded, numStart) || !gapAllowed(folded, numStart, m.group("gap"))) {
            return null;
        }
        boolean chinese = isChinese(num);
        Token word = byStart.get(numStart);
        int end = m.end();
        if (chinese && (word == null || word.end() > end)) {
            return null; // not a word start (统一项目), or inside a longer word (一次性)
        }
        if (m.group("gap").indexOf('\n') >= 0) {
            // across a line break the unit must be a whole word: 附件2 / 名词解释 is a heading, not 2 名
            int unitStart = m.start("unit");
            int unitEnd = unitStart + m.group("unit").length();
            if (!byStart.containsKey(unitStart) || !(unitEnd == folded.length() || byStart.containsKey(unitEnd))) {
                return null;
            }
        }
        String unit = m.group("unit");
        if ((unit.equals("次") || unit.equals("届")) && CountPatterns.ORDINAL_FOLLOWER.matcher(folded)
                .region(end, Math.min(folded.length(), end + 6)).lookingAt()) {
            return null;
        }
        if (chinese && unit.equals("期") && Han.is(before)
                && PHASE_COUNT_LEADS.indexOf(before) < 0) {
            // 榆神一期, 核电二期: a project's phase, named after it; 举办三期 counts sessions
            return null;
        }
        return build(text, folded, blocked, byStart, numStart, num, m.group("mult"), m.group("approx"),
                m.group("mult2"), unit, end, CLASSIFIERS.contains(unit));
    }

    private static boolean isChinese(String num) {
        return !Character.isDigit(num.charAt(0)) && num.charAt(0) != '*';
    }

    /**
     * The open vocabulary: a number followed by a word the segmenter knows as a measure word (17眼, 8艘次, 三艘), or
     * an Arabic number closing its clause with a one-character noun (覆盖3省26县，), for numbers the listed units did
     * not take. The measure word must be a whole token (3台账 is not 3 台) and not a point or grade
     * ({@link CountPatterns#NOT_A_UNIT}: 351号, 3级, 750千伏).
     */
    private void openCounts(String text, String folded, BitSet blocked, Windows windows, BitSet listed,
                            List<Count> flat) {
        BitSet taken = new BitSet(folded.length());
        for (Count c : flat) {
            taken.set(c.start(), c.end());
        }
        List<Count> open = new ArrayList<>();
        FirstCharPattern.Finder candidates = CountPatterns.OPEN_NUMBER_FINDER.finder(folded);
        while (candidates.find()) {
            Matcher m = candidates.matcher();
            int numStart = m.start("num");
            int unitStart = m.end();
            if (listed.get(numStart) || taken.get(numStart) || !startsANumber(folded, numStart)
                    || !gapAllowed(folded, numStart, m.group("gap"))) {
                continue;
            }
            boolean chinese = isChinese(m.group("num"));
            if (chinese && m.group("num").length() == 1 && Numerals.digit(m.group("num").charAt(0)) == 1) {
                continue; // a lone 一 before a measure word is mostly an adverb or a set phrase: 进一步, 一下, 一张网
            }
            if (!mayBeMeasureWord(folded, unitStart) && (chinese || !closesClause(folded, unitStart + 1))) {
                continue; // decided without segmenting: most numbers followed by Han are dates and labels
            }
            windows.cover(numStart, unitStart);
            Count c = openCount(text, folded, blocked, windows.tokens, m, chinese);
            if (c != null && (taken.nextSetBit(c.start()) < 0 || taken.nextSetBit(c.start()) >= c.end())) {
                open.add(c);
                taken.set(c.start(), c.end());
            }
        }
        flat.addAll(open);
    }

    /** Whether the 1-3 characters at {@code at} start with a word the segmenter knows as a measure word. */
    private boolean mayBeMeasureWord(String text, int at) {
        for (int len = 1; len <= 3 && at + len <= text.length(); len++) {
            String word = text.substring(at, at + len);
            if (!Han.isAllHan(word)) {
                return false;
            }
            if (segmenter.isMeasureWord(word) && !CountPatterns.NOT_A_UNIT.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause ends at {@code at}: text end, a line break, punctuation, a closing bracket or a digit. */
    private static boolean closesClause(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        char c = text.charAt(at);
        return c == '\n' || c == '\r' || Punctuation.isSentenceEnd(c) || Punctuation.isClauseEnd(c)
                || Punctuation.isCloser(c) || Character.isDigit(c);
    }

    private Count openCount(String text, String folded, BitSet blocked, java.util.Map<Integer, Token> byStart,
                            Matcher m, boolean chinese) {
        int numStart = m.start("num");
        int unitStart = m.end();
        Token number = byStart.get(numStart);
        boolean masked = m.group("num").charAt(0) == '*'; // HanLP keeps a mask as one w token
        if (number == null || !(masked || number.pos().startsWith("m")) || number.end() > m.start("gap")) {
            return null; // the numeral is not a word of its own: 一岗双责, 三线一单, 统一
        }
        Token word = byStart.get(unitStart);
        if (word == null && m.start("mult") >= 0) {
            Token scaled = byStart.get(m.start("mult")); // 5万辆: HanLP keeps 万辆 as one measure word
            word = scaled != null && scaled.end() > unitStart ? scaled : null;
        }
        if (word == null) {
            return null;
        }
        String unit = folded.substring(unitStart, word.end());
        if (unit.length() > 3 || !Han.isAllHan(unit) || CountPatterns.NOT_A_UNIT.matcher(unit).matches()
                || unit.chars().anyMatch(ch -> Numerals.isChineseNumeral((char) ch))) {
            return null;
        }
        boolean tagged = word.pos().equals("q") || word.pos().equals("qv");
        if (chinese && (!tagged || !segmenter.isMainlyMeasureWord(unit) || slogan(folded, numStart, word.end()))) {
            // Chinese numerals before a single character are the genre's slogans and names (两国, 三河三湖,
            // 一核两副, “六链五群”, “新三样”): only a word HanLP tags and mostly uses as a measure word counts,
            // and not inside a quoted short term or a chain of numbered characters
            return null;
        }
        // in this sentence the word is a measure word or a noun (眼/n), not a conjunction that can be one (和, 等)
        boolean nounOrMeasure = word.pos().startsWith("n") || word.pos().startsWith("q");
        boolean measure = tagged || (!masked && nounOrMeasure && segmenter.isMeasureWord(unit));
        // a mask before a one-character noun is a masked name (**区, **站), not a count
        boolean closing = !chinese && !masked && unit.length() == 1 && closesClause(folded, word.end())
                && nounOrMeasure;
        if (!measure && !closing) {
            return null;
        }
        int end = word.end();
        Token next = byStart.get(end);
        if (measure && next != null && next.term().equals("次") && next.pos().startsWith("q")) {
            unit += "次"; // 艘次, 节次: a count of visits by that measure
            end = next.end();
        }
        Matcher rate = CountPatterns.RATE_SUFFIX.matcher(folded).region(end, Math.min(folded.length(), end + 12));
        if (rate.lookingAt()) {
            unit += rate.group();
            end = rate.end();
        }
        return build(text, folded, blocked, byStart, numStart, m.group("num"), m.group("mult"), m.group("approx"),
                null, unit, end, measure);
    }

    /**
     * Whether the Chinese numeral at {@code [numStart, unitEnd)} belongs to a slogan: another numeral two characters
     * before it or right after its unit (一核两副三带, 两轴一带), or a short quotation around it (“六链五群”).
     */
    private static boolean slogan(String text, int numStart, int unitEnd) {
        if ((numStart >= 2 && Numerals.isChineseNumeral(text.charAt(numStart - 2)))
                || (unitEnd < text.length() && Numerals.isChineseNumeral(text.charAt(unitEnd)))) {
            return true;
        }
        int open = -1;
        for (int i = numStart - 1; i >= Math.max(0, numStart - 6); i--) {
            char c = text.charAt(i);
            if (Punctuation.OPENING_QUOTES.indexOf(c) >= 0) {
                open = i;
                break;
            }
            if (Punctuation.CLOSING_QUOTES.indexOf(c) >= 0 || !Han.is(c)) {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = unitEnd; i < Math.min(text.length(), unitEnd + 8); i++) {
            if (Punctuation.CLOSING_QUOTES.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The count from its parts: value (with 万/亿, and a leading {@code 2×} for 2×66万千瓦), qualifiers before and after,
     * and the object; null when it overlaps a fixed term or the number does not parse.
     */
    private static Count build(String text, String folded, BitSet blocked, java.util.Map<Integer, Token> byStart,
                               int numStart, String num, String mult, String approx, String mult2, String unit,
                               int end, boolean classifier) {
        if (blocked.get(numStart, end).cardinality() > 0) {
            return null;
        }
        boolean masked = num.charAt(0) == '*';
        BigDecimal value = null;
        int start = numStart;
        if (!masked) {
            value = ChineseNumber.parse(num + (mult == null ? "" : mult)).orElse(null);
            if (value == null) {
                return null;
            }
            if (mult2 != null) {
                value = value.multiply(ChineseNumber.expect("1" + mult2));
            }
            int times = timesBefore(folded, numStart);
            // 2×66万千瓦 is two units of 66万千瓦; 7×24小时 names round-the-clock service, not 168 hours
            if (times < numStart && (mult != null || unit.contains("瓦") || unit.contains("W"))) {
                value = value.multiply(new BigDecimal(folded.substring(times, numStart - 1)));
                start = times;
            }
        }
        String qualifier = approx;
        Matcher after = CountPatterns.QUALIFIER_AFTER.matcher(folded).region(end, Math.min(folded.length(), end + 2));
        if (after.lookingAt()) {
            end = after.end();
            qualifier = qualifier == null ? after.group() : qualifier;
        }
        Matcher pre = CountPatterns.QUALIFIER_BEFORE.matcher(folded).region(Math.max(0, start - 3), start);
        if (pre.find() && !(isChinese(num) && pre.group().startsWith("突破"))) { // 突破一批关键技术: a verb
            start = pre.start();
            qualifier = qualifier == null ? pre.group() : qualifier;
        }
        String object = object(text, start, end, unit, classifier, byStart);
        return new Count(value, masked, text.substring(start, end), unit, object, qualifier, start, end, List.of());
    }

    /**
     * Where {@code 2×} starts before the number at {@code numStart} (2×66万千瓦: two units of 66万千瓦), or
     * {@code numStart} when there is none.
     */
    private static int timesBefore(String text, int numStart) {
        if (numStart < 2 || text.charAt(numStart - 1) != '×') {
            return numStart;
        }
        int i = numStart - 1;
        while (i > 0 && i > numStart - 4 && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9') {
            i--;
        }
        boolean whole = i < numStart - 1 && (i == 0 || !(Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.'));
        return whole ? i : numStart;
    }

    /** What is counted: the noun phrase after a classifier (5个问题) or before the number (集中学习22次). */
    static String object(String text, int start, int end, String unit, boolean measureWord,
                         java.util.Map<Integer, Token> byStart) {
        String after = nounsAfter(text, end, byStart);
        String before = phraseBefore(text, start);
        boolean classifier = measureWord && unit.length() == 1;
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
