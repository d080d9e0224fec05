package org.reportminer.index.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportminer.corpus.io.AtomicWrite;

/**
 * Renders a {@link ComparisonResult} as one self-contained HTML page (inline CSS, no scripts, no external assets): the
 * year × category matrix as a heat map, the recurring-problem chains with each year's wording side by side, the diffs of
 * consecutive reports, and the reused passages highlighted in their context. Every piece of report text is escaped.
 * The file is written atomically (temporary file in the same directory, fsync, rename). Stateless and thread-safe.
 */
public final class HtmlReportWriter {

    private static final int MAX_CHAINS = 50;
    private static final int MAX_PASSAGES = 20;
    private static final int CONTEXT = 40;

    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222;max-width:1200px}
            h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:.3em .5em;vertical-align:top}
            th{background:#f4f4f4;font-weight:600}.heat td.n{text-align:center;min-width:3em}
            .chain{margin:1em 0}.chain td{width:12em;font-size:.9em}.meta{color:#666;font-size:.85em}
            mark{background:#ffe08a}.ctx{color:#777}.bar{display:inline-block;height:.8em;background:#d9534f}
            .new{color:#1a7f37}.gone{color:#8250df}
            """;

    /**
     * Writes the page.
     *
     * @param result the comparison
     * @param texts  report texts by report id, to show reused passages in context; may be empty
     * @param file   the target; replaced atomically if it exists
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public void write(ComparisonResult result, Map<String, String> texts, Path file) {
        String html = render(result, texts);
        try {
            AtomicWrite.writeString(file, html);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write HTML report: " + e.getMessage(), e);
        }
    }

    /** The page as a string. */
    public String render(ComparisonResult r, Map<String, String> texts) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
        b.append("<title>").append(esc("逐年对比 · " + r.org())).append("</title><style>").append(CSS).append("</style></head><body>\n");
        b.append("<h1>").append(esc(r.org())).append(" · 逐年对比</h1>\n<p class=\"meta\">");
        for (ComparisonResult.ReportYear y : r.reports()) {
            b.append(y.year()).append(" ").append(esc(y.title() == null ? y.reportId() : y.title()))
                    .append("（").append(y.findings()).append("条问题）<br>");
        }
        b.append("</p>\n");
        matrix(b, r.matrix());
        chains(b, r);
        relapses(b, r.relapses());
        diffs(b, r.diffs());
        reuse(b, r.reuse(), texts);
        b.append("</body></html>\n");
        return b.toString();
    }

    private static void matrix(StringBuilder b, CategoryMatrix m) {
        b.append("<h2>问题类别 × 年度</h2>\n<table class=\"heat\"><tr><th>类别</th>");
        for (int y : m.years()) {
            b.append("<th>").append(y).append("</th>");
        }
        b.append("</tr>\n");
        int max = 1;
        for (List<Integer> row : m.counts()) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        for (int c = 0; c < m.categories().size(); c++) {
            b.append("<tr><th>").append(esc(m.categories().get(c))).append("</th>");
            for (int y = 0; y < m.years().size(); y++) {
                int v = m.counts().get(y).get(c);
                double t = (double) v / max;
                int g = (int) Math.round(255 - 155 * t);
                int bl = (int) Math.round(255 - 215 * t);
                b.append(String.format(Locale.ROOT, "<td class=\"n\" style=\"background:rgb(255,%d,%d)\">%d</td>", g, bl, v));
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void chains(StringBuilder b, ComparisonResult r) {
        b.append("<h2>反复出现的问题（").append(r.chains().size()).append("）</h2>\n");
        List<Integer> years = r.matrix().years();
        int n = 0;
        for (Chain c : r.chains()) {
            if (n++ >= MAX_CHAINS) {
                break;
            }
            b.append("<table class=\"chain\"><tr><th colspan=\"").append(years.size()).append("\">")
                    .append(esc(c.category())).append(" · ").append(c.years().size()).append("个年度")
                    .append(String.format(Locale.ROOT, " · 强度 %.2f", c.strength()));
            if (!c.evidence().isEmpty()) {
                b.append(" · 共同要点：").append(esc(String.join("、", c.evidence())));
            }
            b.append("</th></tr><tr>");
            for (int y : years) {
                b.append("<th>").append(y).append("</th>");
            }
            b.append("</tr><tr>");
            for (int y : years) {
                b.append("<td>");
                for (FindingRef f : c.findings()) {
                    if (f.year() == y) {
                        b.append(esc(f.text())).append(" <span class=\"meta\">").append(esc(f.findingId())).append("</span><br>");
                    }
                }
                b.append("</td>");
            }
            b.append("</tr></table>\n");
        }
    }

    /** 整改后反弹: the finding presented as rectified with its DONE evidence, beside the later one that names it again. */
    private static void relapses(StringBuilder b, List<Relapse> relapses) {
        b.append("<h2>整改后反弹（").append(relapses.size()).append("）</h2>\n");
        if (relapses.isEmpty()) {
            b.append("<p class=\"meta\">没有报称已整改又再次出现的问题。</p>\n");
            return;
        }
        for (Relapse x : relapses) {
            TrackedFinding done = x.claimed();
            TrackedFinding back = x.recurred();
            b.append("<table class=\"chain\"><tr><th colspan=\"2\">").append(esc(x.category())).append(" · ")
                    .append(done.year()).append("年报称已整改，").append(back.year()).append("年再次出现</th></tr><tr><th>")
                    .append(done.year()).append(" ").append(esc(done.findingId())).append("</th><th>")
                    .append(back.year()).append(" ").append(esc(back.findingId())).append("</th></tr><tr><td>")
                    .append(esc(done.text()));
            if (done.status() != null) {
                b.append("<br><span class=\"meta\">整改情况：").append(esc(String.valueOf(done.statusEvidence())))
                        .append("</span>");
            }
            for (TrackedMeasure m : x.doneEvidence()) {
                b.append("<br>").append(esc(m.label())).append(esc(m.text())).append(" <span class=\"meta\">（")
                        .append(esc(String.valueOf(m.statusEvidence()))).append("）</span>");
            }
            b.append("</td><td>").append(esc(back.text())).append("</td></tr></table>\n");
        }
    }

    private static void diffs(StringBuilder b, List<ReportDiff> diffs) {
        b.append("<h2>相邻两年对比</h2>\n");
        for (ReportDiff d : diffs) {
            b.append("<h3>").append(esc(d.reportId())).append(" 对比 ").append(esc(d.earlierReportId())).append("</h3>\n<p>")
                    .append("新出现 ").append(d.newFindings().size()).append(" · 仍然存在 ").append(d.recurring().size())
                    .append(" · 不再提及 ").append(d.noLongerMentioned().size()).append("</p>\n<ul>");
            for (FindingRef f : d.newFindings()) {
                b.append("<li class=\"new\">新：").append(esc(f.text())).append("</li>");
            }
            for (Link l : d.recurring()) {
                b.append("<li>仍在：").append(esc(l.from().text())).append(" <span class=\"meta\">← ")
                        .append(esc(l.to().text())).append(String.format(Locale.ROOT, "（%.2f）", l.score())).append("</span></li>");
            }
            for (FindingRef f : d.noLongerMentioned()) {
                b.append("<li class=\"gone\">不再提及：").append(esc(f.text())).append("</li>");
            }
            b.append("</ul>\n");
        }
    }

    private static void reuse(StringBuilder b, List<Reuse> reuse, Map<String, String> texts) {
        b.append("<h2>沿用上年文字</h2>\n<table><tr><th>报告</th><th>对比</th><th>沿用比例</th><th>段落</th></tr>\n");
        for (Reuse u : reuse) {
            b.append("<tr><td>").append(esc(u.reportId())).append("</td><td>").append(esc(u.earlierReportId()))
                    .append(String.format(Locale.ROOT, "</td><td><span class=\"bar\" style=\"width:%.0fpx\"></span> %.1f%%</td>",
                            Math.max(1, u.share() * 200), u.share() * 100))
                    .append("<td>").append(u.passages().size()).append("</td></tr>\n");
        }
        b.append("</table>\n");
        for (Reuse u : reuse) {
            if (u.passages().isEmpty()) {
                continue;
            }
            b.append("<h3>").append(esc(u.reportId())).append(" 沿用 ").append(esc(u.earlierReportId())).append("</h3>\n<ol>");
            String text = texts.get(u.reportId());
            int n = 0;
            for (ReusedPassage p : u.passages()) {
                if (n++ >= MAX_PASSAGES) {
                    break;
                }
                b.append("<li>");
                if (text != null && p.end() <= text.length()) {
                    b.append("<span class=\"ctx\">…").append(esc(text.substring(Math.max(0, p.start() - CONTEXT), p.start())))
                            .append("</span><mark>").append(esc(p.text())).append("</mark><span class=\"ctx\">")
                            .append(esc(text.substring(p.end(), Math.min(text.length(), p.end() + CONTEXT)))).append("…</span>");
                } else {
                    b.append("<mark>").append(esc(p.text())).append("</mark>");
                }
                b.append(" <span class=\"meta\">").append(p.start()).append("-").append(p.end()).append(" ← ")
                        .append(p.earlierStart()).append("-").append(p.earlierEnd()).append("</span></li>\n");
            }
            b.append("</ol>\n");
        }
    }

    /** HTML-escapes text for element content and quoted attributes. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n' -> b.append("<br>");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
