package org.reportminer.pipeline.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.reportminer.corpus.model.Check;
import org.reportminer.corpus.model.CheckKind;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.SectionRole;
import org.reportminer.corpus.model.StatedTotal;
import org.reportminer.corpus.model.TotalKind;
import org.reportminer.pipeline.patterns.ChineseNumber;
import org.reportminer.pipeline.patterns.ReportPatterns;

/**
 * Runs the consistency rules on an extraction: numbering gaps and repeats (measures and sibling headings), breakdown
 * parts that do not add up, stated totals that disagree with what was extracted, and rates that disagree with their
 * counts. Every rule yields at least one check, ok or not, so a reader sees what was verified; masked numbers are
 * reported as "masked, not checked". Stateless and thread-safe.
 */
public final class ConsistencyChecker {

    /** Gaps or repeats reported one by one in a sequence; the rest are counted in one more check. */
    private static final int MAX_PROBLEMS_PER_SEQUENCE = 20;
    /** Labels quoted in a sequence's description. */
    private static final int MAX_LABELS_SHOWN = 60;

    /** The checks of one extraction. */
    public List<Check> check(List<Section> sections, List<Finding> findings, List<Count> counts,
                             List<StatedTotal> totals) {
        List<Check> out = new ArrayList<>();
        numbering(sections, findings, out);
        breakdowns(counts, out);
        statedTotals(sections, findings, totals, out);
        rates(totals, out);
        return out;
    }

    private static void numbering(List<Section> sections, List<Finding> findings, List<Check> out) {
        int sequences = 0;
        List<Check> problems = new ArrayList<>();
        for (Finding f : findings) {
            List<Measure> numbered = f.measures().stream().filter(m -> m.ordinal() > 0).toList();
            if (numbered.size() > 1) {
                sequences++;
                String labels = joinCapped(numbered.stream().map(Measure::label).toList());
                sequence(numbered.stream().map(Measure::ordinal).toList(),
                        numbered.stream().map(Measure::label).toList(), true,
                        "finding " + f.id() + " (" + head(f.surface()) + ") numbers its measures " + labels, problems);
            }
        }
        sequences += headingSequences(sections, "", problems);
        out.addAll(problems);
        if (problems.stream().noneMatch(c -> c.kind() == CheckKind.NUMBERING_GAP)) {
            out.add(new Check(CheckKind.NUMBERING_GAP, true, sequences + " numbered sequences have no gaps"));
        }
        if (problems.stream().noneMatch(c -> c.kind() == CheckKind.NUMBERING_REPEAT)) {
            out.add(new Check(CheckKind.NUMBERING_REPEAT, true, sequences + " numbered sequences have no repeats"));
        }
    }

    private static int headingSequences(List<Section> sections, String where, List<Check> problems) {
        int n = 0;
        List<Section> numbered = sections.stream().filter(s -> !s.label().isEmpty()).toList();
        Set<String> families = new HashSet<>();
        // grouped once: re-reading every label's family for every family was O(families × labels) regex runs
        Map<String, List<Section>> byFamily = new HashMap<>();
        for (Section s : numbered) {
            String fam = family(s.label());
            families.add(fam);
            byFamily.computeIfAbsent(fam, k -> new ArrayList<>()).add(s);
        }
        for (String fam : families) {
            List<Section> same = byFamily.get(fam);
            List<Integer> ordinals = same.stream().map(s -> ordinal(s.label())).toList();
            if (same.size() > 1 && ordinals.stream().allMatch(o -> o > 0)) {
                n++;
                sequence(ordinals,
                        same.stream().map(Section::label).toList(), false,
                        "headings " + (where.isEmpty() ? "at top level" : "under " + where) + " number "
                                + joinCapped(same.stream().map(Section::label).toList()), problems);
            }
        }
        for (Section s : sections) {
            n += headingSequences(s.children(), s.label() + s.title(), problems);
        }
        return n;
    }

    private static String family(String label) {
        return label.replaceAll("[" + ReportPatterns.CN_DIGITS + "]+", "C").replaceAll("\\d+", "A")
                .replaceAll("[①-⑳]", "O");
    }

    private static int ordinal(String label) {
        String digits = label.replaceAll("[^0-9" + ReportPatterns.CN_DIGITS + "①-⑳]", "");
        if (digits.isEmpty()) {
            return 0;
        }
        char c = digits.charAt(0);
        if (c >= '①' && c <= '⑳') {
            return c - '①' + 1;
        }
        return ChineseNumber.parse(digits).map(BigDecimal::intValue).orElse(0);
    }

    /**
     * Reports repeats and gaps in one numbered sequence; {@code fromOne} says whether it must start at 1 (measures do;
     * headings may continue their numbering across parents, 3. 4. under a second area).
     */
    private static void sequence(List<Integer> ordinals, List<String> labels, boolean fromOne, String what,
                                 List<Check> out) {
        // a storm of labels (100k ①, each a repeat) must not become 100k checks: the first few are reported, the
        // rest counted in one line per kind
        int repeats = 0;
        int gaps = 0;
        for (int i = 0; i < ordinals.size(); i++) {
            int expected = i == 0 ? 1 : ordinals.get(i - 1) + 1;
            int got = ordinals.get(i);
            if (i > 0 && got == ordinals.get(i - 1)) {
                if (++repeats <= MAX_PROBLEMS_PER_SEQUENCE) {
                    out.add(new Check(CheckKind.NUMBERING_REPEAT, false, what + ": label " + labels.get(i)
                            + " is used twice; both items are kept"));
                }
            } else if (got > expected && (i > 0 || fromOne)) {
                if (++gaps <= MAX_PROBLEMS_PER_SEQUENCE) {
                    out.add(new Check(CheckKind.NUMBERING_GAP, false, what + ": " + (i == 0 ? "starts at "
                            + labels.get(i) : labels.get(i - 1) + " is followed by " + labels.get(i))));
                }
            }
        }
        if (repeats > MAX_PROBLEMS_PER_SEQUENCE) {
            out.add(new Check(CheckKind.NUMBERING_REPEAT, false, what + ": " + (repeats - MAX_PROBLEMS_PER_SEQUENCE)
                    + " more repeated labels"));
        }
        if (gaps > MAX_PROBLEMS_PER_SEQUENCE) {
            out.add(new Check(CheckKind.NUMBERING_GAP, false, what + ": " + (gaps - MAX_PROBLEMS_PER_SEQUENCE)
                    + " more gaps"));
        }
    }

    /**
     * The labels of a sequence as one string, at most {@link #MAX_LABELS_SHOWN} of them: every check of the sequence
     * quotes it, so an uncapped one made the checks of a label storm quadratic in memory.
     */
    private static String joinCapped(List<String> labels) {
        if (labels.size() <= MAX_LABELS_SHOWN) {
            return String.join("", labels);
        }
        return String.join("", labels.subList(0, MAX_LABELS_SHOWN)) + "…(" + labels.size() + " labels)";
    }

    private static void breakdowns(List<Count> counts, List<Check> out) {
        int checked = 0;
        for (Count c : counts) {
            if (c.parts().isEmpty()) {
                continue;
            }
            checked++;
            String parts = String.join("+", c.parts().stream().map(Count::surface).toList());
            if (c.masked() || c.parts().stream().anyMatch(Count::masked)) {
                out.add(new Check(CheckKind.BREAKDOWN_SUM, true, c.surface() + " = " + parts + ": masked, not checked"));
                continue;
            }
            BigDecimal sum = c.parts().stream().map(Count::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean ok = sum.compareTo(c.value()) == 0;
            out.add(new Check(CheckKind.BREAKDOWN_SUM, ok, c.surface() + " at " + c.start() + ": parts " + parts
                    + (ok ? " add up to " : " add up to " + sum.toPlainString() + ", not ") + c.value().toPlainString()));
        }
        if (checked == 0) {
            out.add(new Check(CheckKind.BREAKDOWN_SUM, true, "no 其中 breakdowns to check"));
        }
    }

    private static void statedTotals(List<Section> sections, List<Finding> findings, List<StatedTotal> totals,
                                     List<Check> out) {
        boolean rectification = findings.stream().anyMatch(f -> !f.measures().isEmpty());
        int before = out.size();
        compare(totals, TotalKind.AREAS, "problem areas", count(sections, s -> s.role() == SectionRole.PROBLEM_AREA),
                rectification, out);
        compare(totals, TotalKind.PROBLEMS, "findings with measures",
                (int) findings.stream().filter(f -> !f.measures().isEmpty()).count(), rectification, out);
        compare(totals, TotalKind.MEASURES, "measures", findings.stream().mapToInt(f -> f.measures().size()).sum(),
                rectification, out);
        if (out.size() == before) {
            out.add(new Check(CheckKind.STATED_TOTAL, true, "the report states no totals about its findings"));
        }
    }

    private static void compare(List<StatedTotal> totals, TotalKind kind, String what, int extracted,
                                boolean rectification, List<Check> out) {
        StatedTotal t = totals.stream().filter(s -> s.what() == kind).findFirst().orElse(null);
        if (t == null) {
            return;
        }
        if (t.masked() || t.value() == null) {
            out.add(new Check(CheckKind.STATED_TOTAL, true, "stated " + t.surface() + " (" + what + "): masked, not checked"));
        } else if (!rectification) {
            out.add(new Check(CheckKind.STATED_TOTAL, true, "stated " + t.surface() + " (" + what
                    + "): the report lists no rectification measures, not compared"));
        } else {
            boolean ok = t.value().intValue() == extracted;
            out.add(new Check(CheckKind.STATED_TOTAL, ok, "stated " + t.surface() + " vs " + extracted + " " + what
                    + " extracted"));
        }
    }

    private static int count(List<Section> sections, Predicate<Section> p) {
        int n = 0;
        for (Section s : sections) {
            n += (p.test(s) ? 1 : 0) + count(s.children(), p);
        }
        return n;
    }

    private static void rates(List<StatedTotal> totals, List<Check> out) {
        StatedTotal problems = first(totals, TotalKind.PROBLEMS);
        StatedTotal done = first(totals, TotalKind.PROBLEMS_DONE);
        StatedTotal doing = first(totals, TotalKind.PROBLEMS_IN_PROGRESS);
        StatedTotal rate = first(totals, TotalKind.COMPLETION_RATE);
        int before = out.size();
        if (problems != null && done != null) {
            if (problems.value() == null || done.value() == null) {
                out.add(new Check(CheckKind.RATE, true, done.surface() + " of " + problems.surface() + ": masked, not checked"));
            } else {
                boolean ok = done.value().compareTo(problems.value()) <= 0
                        && (doing == null || doing.value() == null
                        || done.value().add(doing.value()).compareTo(problems.value()) <= 0);
                out.add(new Check(CheckKind.RATE, ok, done.surface() + (doing != null ? " + " + doing.surface() : "")
                        + (ok ? " within " : " exceed ") + problems.surface()));
                if (rate != null && rate.value() != null && problems.value().signum() > 0) {
                    BigDecimal computed = done.value().multiply(BigDecimal.valueOf(100))
                            .divide(problems.value(), 1, RoundingMode.HALF_UP);
                    boolean rateOk = computed.subtract(rate.value()).abs().compareTo(BigDecimal.ONE) <= 0;
                    out.add(new Check(CheckKind.RATE, rateOk, rate.surface() + " vs " + done.surface() + "/" + problems.surface()
                            + " = " + computed.toPlainString() + "%"));
                }
            }
        }
        if (out.size() == before) {
            out.add(new Check(CheckKind.RATE, true, rate == null ? "no rates or progress to check"
                    : rate.surface() + ": no problem count stated to check it against"));
        }
    }

    private static StatedTotal first(List<StatedTotal> totals, TotalKind kind) {
        return totals.stream().filter(t -> t.what() == kind).findFirst().orElse(null);
    }

    private static String head(String text) {
        return text.length() <= 12 ? text : text.substring(0, 12) + "…";
    }
}
