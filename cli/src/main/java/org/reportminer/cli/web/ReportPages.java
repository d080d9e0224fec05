package org.reportminer.cli.web;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportminer.cli.web.view.Markup;
import org.reportminer.cli.web.view.ReportPage;
import org.reportminer.corpus.model.Check;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Section;

/** Builds the report page from a stored report: every mark is placed from the extraction's offsets. */
final class ReportPages {
    /** Where a check message names its place: {@code 146家 at 1706: …}. */
    private static final Pattern AT_OFFSET = Pattern.compile("\\bat (\\d{1,9})\\b");
    /** … or the finding it is about: {@code finding F8 (…)}. */
    private static final Pattern FINDING = Pattern.compile("\\bfinding ([A-Z]\\d{1,6})\\b");

    private ReportPages() {
    }

    /**
     * @param at    offset of a place to mark and scroll to (a search hit, a check), or {@code null}
     * @param len   its length
     * @param error a metadata error to show, or {@code null}
     */
    static ReportPage build(Report r, Integer at, Integer len, String error) {
        Extraction ex = r.extraction();
        List<Markup.Span> spans = new ArrayList<>();
        List<Section> outline = ex == null ? List.of() : ex.sections();
        List<ReportPage.CheckLink> checks = new ArrayList<>();
        int measures = 0;
        if (ex != null) {
            addSections(outline, spans);
            for (Finding f : ex.findings()) {
                spans.add(new Markup.Span(f.span().start(), f.span().end(), 1, "finding",
                        "问题 " + f.id() + (f.category() != null ? " · " + f.category() : "")
                                + (f.area() != null ? " · " + f.area() : ""), "f-" + f.id()));
                for (Measure m : f.measures()) {
                    measures++;
                    spans.add(new Markup.Span(m.span().start(), m.span().end(), 2,
                            "measure st-" + m.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            measureTitle(m), null));
                }
            }
            for (Count c : ex.counts()) {
                spans.add(new Markup.Span(c.span().start(), c.span().end(), 3, "count", countTitle(c), null));
            }
            for (Check c : ex.checks()) {
                if (!c.ok()) {
                    checks.add(new ReportPage.CheckLink(c.kind().name(), c.message(), checkHref(r, c)));
                }
            }
        }
        if (at != null && at >= 0 && at <= r.text().length()) {
            int end = Math.min(r.text().length(), at + Math.max(0, len == null ? 0 : len));
            spans.add(new Markup.Span(at, end, 0, "target", null, "at"));
        }
        String source = r.source() == null ? "" : String.valueOf(Path.of(r.source()).getFileName());
        return new ReportPage(r.id(), r.title() == null ? source : r.title(), r.org(), r.year(), r.kind(), source,
                ex == null ? 0 : ex.findings().size(), measures, ex == null ? 0 : ex.counts().size(), outline,
                Markup.build(r.text(), spans), checks, error, reading(r.provenance()));
    }

    private static void addSections(List<Section> sections, List<Markup.Span> spans) {
        for (Section s : sections) {
            spans.add(new Markup.Span(s.span().start(), s.span().start(), 0, "anchor", null, "s-" + s.span().start()));
            addSections(s.children(), spans);
        }
    }

    private static String measureTitle(Measure m) {
        StringBuilder t = new StringBuilder("措施 ").append(m.label()).append(" · ").append(Labels.status(m.status()));
        if (m.statusEvidence() != null) {
            t.append("（").append(m.statusEvidence()).append("）");
        }
        if (m.responsible() != null) {
            t.append(" · 责任：").append(m.responsible());
        }
        if (m.timeframe() != null) {
            t.append(" · 时限：").append(m.timeframe());
        }
        return t.toString();
    }

    static String countTitle(Count c) {
        StringBuilder t = new StringBuilder("数值 ");
        t.append(c.masked() ? "（已隐去）" : c.value() == null ? "？" : plain(c.value()));
        if (c.unit() != null) {
            t.append(' ').append(c.unit());
        }
        if (c.object() != null) {
            t.append(" · 对象：").append(c.object());
        }
        if (c.qualifier() != null) {
            t.append(" · ").append(c.qualifier());
        }
        if (!c.parts().isEmpty()) {
            t.append(" · 其中 ").append(String.join(" + ", c.parts().stream().map(Count::surface).toList()));
        }
        return t.toString();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** The anchor of the place a failed check names, or {@code null} when it names none. */
    private static String checkHref(Report r, Check c) {
        Matcher at = AT_OFFSET.matcher(c.message());
        if (at.find()) {
            int offset = Integer.parseInt(at.group(1));
            if (offset <= r.text().length()) {
                // mark the count the check is about when one starts there
                int len = r.extraction().counts().stream().filter(n -> n.span().start() == offset)
                        .mapToInt(n -> n.span().end() - n.span().start()).findFirst().orElse(0);
                return Links.at(r.id(), offset, len);
            }
        }
        Matcher f = FINDING.matcher(c.message());
        if (f.find()) {
            return "#f-" + f.group(1);
        }
        return null;
    }

    /** How the text was read, in words: 文本读取（text/plain, GB18030） · OCR 识别 · 文本质量 0.93. */
    static String reading(org.reportminer.corpus.model.Provenance p) {
        StringBuilder b = new StringBuilder(p.ocr() ? "部分或全部文字经 OCR 识别" : "直接读取文字");
        b.append("（").append(p.mediaType());
        if (p.charset() != null) {
            b.append("，").append(p.charset());
        }
        b.append("）");
        if (p.quality() != null) {
            b.append(" · 文本质量 ").append(String.format(java.util.Locale.ROOT, "%.2f", p.quality()));
        }
        if (p.truncated()) {
            b.append(" · 文字超出上限已截断");
        }
        return b.toString();
    }
}
