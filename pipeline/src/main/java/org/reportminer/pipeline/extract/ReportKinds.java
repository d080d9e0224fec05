package org.reportminer.pipeline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportminer.corpus.text.ResourceLines;
import org.reportminer.pipeline.patterns.ReportPatterns;

/**
 * The closed set of report kinds ({@code 巡察整改进展情况}, {@code 党风廉政建设责任制报告}, {@code 工作总结} …), each
 * with the phrases that name it, shipped as the editable resource {@code report-kinds.tsv}. A text's kind is the
 * canonical name of the kind named earliest in it, so that {@code 巡察反馈意见整改进展情况} and
 * {@code 巡察整改“回头看”反馈意见整改进展情况} both come out as {@code 巡察整改进展情况}. Immutable and thread-safe.
 */
public final class ReportKinds {

    /** One kind: its canonical name and the compiled phrases that name it. */
    public record Kind(String name, List<Pattern> phrases) {
        public Kind {
            phrases = List.copyOf(phrases);
        }
    }

    /** Where a kind is named in a text. */
    public record Match(String name, int start, int end) {
    }

    private static final String RESOURCE = "report-kinds.tsv";

    private final List<Kind> kinds;

    private ReportKinds(List<Kind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** The shipped table. */
    public static ReportKinds builtIn() {
        return parse(ResourceLines.bundled(ReportKinds.class, RESOURCE));
    }

    /**
     * A table from lines {@code name<TAB>phrase|phrase…}; {@code #} comments and blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the line of a line that is not {@code name<TAB>phrases}
     */
    public static ReportKinds parse(List<String> lines) {
        return parse(ResourceLines.of(RESOURCE, lines));
    }

    private static ReportKinds parse(ResourceLines lines) {
        List<Kind> kinds = new ArrayList<>();
        for (ResourceLines.Line line : lines.lines()) {
            String[] parts = line.text().split("\t");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw lines.error(line, "expected name<TAB>phrase|phrase…, got '" + line.text() + "'");
            }
            List<Pattern> phrases = Arrays.stream(parts[1].split("\\|")).map(String::strip).filter(p -> !p.isEmpty())
                    .map(ReportPatterns::kindPhrase).toList();
            kinds.add(new Kind(parts[0].strip(), phrases));
        }
        return new ReportKinds(kinds);
    }

    /** The kinds, in table order. */
    public List<Kind> kinds() {
        return kinds;
    }

    /** The kind named earliest in {@code text} (table order breaks ties), if any. */
    public Optional<Match> find(String text) {
        Match best = null;
        for (Kind k : kinds) {
            for (Pattern p : k.phrases()) {
                Matcher m = p.matcher(text);
                if (m.find() && (best == null || m.start() < best.start())) {
                    best = new Match(k.name(), m.start(), m.end());
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
