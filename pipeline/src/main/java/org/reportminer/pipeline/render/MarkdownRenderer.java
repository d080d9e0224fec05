package org.reportminer.pipeline.render;

import java.util.List;
import org.reportminer.corpus.model.Check;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.StatedTotal;

/**
 * Renders an {@link Extraction} as a Markdown outline a person can read: metadata, the heading tree, findings with
 * their measures and status, stated totals, and the checks (failed ones first). Stateless and thread-safe.
 */
public final class MarkdownRenderer {

    /** The Markdown text of {@code e}. */
    public String render(Extraction e) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(e.title() != null ? e.title() : "（无标题）").append("\n\n");
        field(sb, "单位", e.org());
        field(sb, "类型", e.kind());
        field(sb, "年份", e.year() == null ? null : e.year() + (e.yearEvidence() != null ? "（" + e.yearEvidence() + "）" : ""));
        sb.append("- 问题 ").append(e.findings().size()).append(" 个，整改措施 ").append(e.measures().size())
                .append(" 条，数量 ").append(e.counts().size()).append(" 处\n\n");
        sb.append("## 结构\n\n");
        sections(sb, e.sections());
        if (!e.findings().isEmpty()) {
            sb.append("\n## 问题与整改措施\n");
            String area = null;
            String group = null;
            for (Finding f : e.findings()) {
                if (f.area() != null && !f.area().equals(area)) {
                    area = f.area();
                    sb.append("\n### ").append(area).append("\n");
                }
                if (f.group() != null && !f.group().equals(group)) {
                    group = f.group();
                    sb.append("\n#### ").append(group).append("\n");
                }
                sb.append("\n**").append(f.id()).append("** ").append(oneLine(f.surface())).append("\n\n");
                for (Measure m : f.measures()) {
                    sb.append("- ").append(m.label().isEmpty() ? "" : m.label() + " ").append(oneLine(m.surface()))
                            .append(" — *").append(m.status()).append(m.statusEvidence() != null
                                    ? "：" + m.statusEvidence() : "").append("*");
                    if (m.responsible() != null) {
                        sb.append("；责任：").append(m.responsible());
                    }
                    if (m.timeframe() != null) {
                        sb.append("；时限：").append(m.timeframe());
                    }
                    sb.append("\n");
                }
            }
        }
        if (!e.statedTotals().isEmpty()) {
            sb.append("\n## 报告自述的总数\n\n");
            for (StatedTotal t : e.statedTotals()) {
                sb.append("- ").append(t.what()).append("：").append(t.surface())
                        .append(t.masked() ? "（已遮盖）" : "").append("\n");
            }
        }
        List<Count> withParts = e.counts().stream().filter(c -> !c.parts().isEmpty()).toList();
        if (!withParts.isEmpty()) {
            sb.append("\n## 分项数量\n\n");
            for (Count c : withParts) {
                sb.append("- ").append(c.surface()).append(c.object() != null ? " " + c.object() : "").append("：其中 ")
                        .append(String.join("、", c.parts().stream().map(Count::surface).toList())).append("\n");
            }
        }
        sb.append("\n## 检查\n\n");
        e.checks().stream().filter(c -> !c.ok()).forEach(c -> check(sb, c));
        e.checks().stream().filter(Check::ok).forEach(c -> check(sb, c));
        return sb.toString();
    }

    private static void sections(StringBuilder sb, List<Section> sections) {
        for (Section s : sections) {
            sb.append("  ".repeat(s.level() - 1)).append("- ").append(s.label()).append(oneLine(s.title()));
            if (s.role() != org.reportminer.corpus.model.SectionRole.OTHER) {
                sb.append(" *(").append(s.role()).append(")*");
            }
            sb.append("\n");
            sections(sb, s.children());
        }
    }

    private static void check(StringBuilder sb, Check c) {
        sb.append("- ").append(c.ok() ? "✓ " : "✗ ").append(c.kind()).append("：").append(c.message()).append("\n");
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append("- ").append(name).append("：").append(value).append("\n");
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ").replace("*", "\\*");
    }
}
