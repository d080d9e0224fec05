package org.reportminer.index.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.SectionRole;

/**
 * Three small hand-written reports of a fictional county (青山县), with extractions built by hand. Spans are
 * located in the text by their surface, so every {@code text.substring(start, end)} equals its surface by
 * construction.
 */
public final class TestReports {

    public static final String MINZHENG = "青山县民政局";
    public static final String JIAOTONG = "青山县交通运输局";
    public static final String RECTIFICATION = "巡察整改进展情况";
    public static final String CONDUCT = "党风廉政建设责任制报告";

    private TestReports() {
    }

    /** 2021, 民政局: 一岗双责 (F1), 三会一课 (F2, count 3次), 主要负责人 (F3). */
    public static Report minzheng2021() {
        String title = "中共青山县民政局党组关于巡察整改进展情况的报告";
        String text = title + "\n"
                + "一、整改落实情况\n"
                + "（一）党的建设方面\n"
                + "1.一岗双责落实不到位，班子成员对分管领域党风廉政建设过问较少。\n"
                + "①党组专题研究部署一岗双责，已完成。②建立班子成员履职台账，正在推进。\n"
                + "2.三会一课制度执行不严格，个别支部全年集中学习仅3次。\n"
                + "①规范三会一课台账，已完成。\n"
                + "（二）资金管理方面\n"
                + "3.主要负责人对财务报销审批把关不严，存在超标准公务接待问题。\n"
                + "①全面排查公务接待票据，已完成。\n";
        Text t = new Text(text);
        Section area1 = t.section("（一）", 2, "党的建设方面", SectionRole.PROBLEM_AREA, "（一）党的建设方面", "（二）资金管理方面");
        Section area2 = t.section("（二）", 2, "资金管理方面", SectionRole.PROBLEM_AREA, "（二）资金管理方面", null);
        Section top = t.section("一、", 1, "整改落实情况", SectionRole.RECTIFICATION, "一、整改落实情况", null, area1, area2);
        Count threeTimes = t.count(BigDecimal.valueOf(3), "集中学习仅3次", "次", "集中学习");
        List<Finding> findings = List.of(
                t.finding("F1", "党的建设方面", "一岗双责落实不到位，班子成员对分管领域党风廉政建设过问较少。", List.of(
                        t.measure("①", 1, "党组专题研究部署一岗双责，已完成。", MeasureStatus.DONE),
                        t.measure("②", 2, "建立班子成员履职台账，正在推进。", MeasureStatus.IN_PROGRESS)), List.of()),
                t.finding("F2", "党的建设方面", "三会一课制度执行不严格，个别支部全年集中学习仅3次。", List.of(
                        t.measure("①", 1, "规范三会一课台账，已完成。", MeasureStatus.DONE)), List.of(threeTimes)),
                t.finding("F3", "资金管理方面", "主要负责人对财务报销审批把关不严，存在超标准公务接待问题。", List.of(
                        t.measure("①", 1, "全面排查公务接待票据，已完成。", MeasureStatus.DONE)), List.of()));
        return report("a1b2c3d4e5f60001", title, MINZHENG, 2021, RECTIFICATION, text, List.of(top), findings,
                List.of(threeTimes));
    }

    /** 2023, 交通运输局: 党建带侨建 (F1), 三会一课 (F2), 风险隐患 count with breakdown (F3). */
    public static Report jiaotong2023() {
        String title = "中共青山县交通运输局党组关于巡察整改进展情况的报告";
        String text = title + "\n"
                + "一、整改落实情况\n"
                + "（一）党的建设方面\n"
                + "1.党建带侨建工作开展不够深入，基层党组织作用发挥不充分。\n"
                + "①制定党建带侨建工作方案，正在推进。\n"
                + "2.三会一课开展不规范，支部会议记录不全。\n"
                + "①下一步将开展专题培训。\n"
                + "（二）风险防控方面\n"
                + "3.廉政风险排查不彻底，排查风险隐患12项，其中高风险5项。\n"
                + "①建立风险台账，已完成。\n";
        Text t = new Text(text);
        Section area1 = t.section("（一）", 2, "党的建设方面", SectionRole.PROBLEM_AREA, "（一）党的建设方面", "（二）风险防控方面");
        Section area2 = t.section("（二）", 2, "风险防控方面", SectionRole.PROBLEM_AREA, "（二）风险防控方面", null);
        Section top = t.section("一、", 1, "整改落实情况", SectionRole.RECTIFICATION, "一、整改落实情况", null, area1, area2);
        Count high = t.count(BigDecimal.valueOf(5), "高风险5项", "项", "高风险");
        Count risks = t.count(BigDecimal.valueOf(12), "风险隐患12项，其中高风险5项", "项", "风险隐患", high);
        List<Finding> findings = List.of(
                t.finding("F1", "党的建设方面", "党建带侨建工作开展不够深入，基层党组织作用发挥不充分。", List.of(
                        t.measure("①", 1, "制定党建带侨建工作方案，正在推进。", MeasureStatus.IN_PROGRESS)), List.of()),
                t.finding("F2", "党的建设方面", "三会一课开展不规范，支部会议记录不全。", List.of(
                        t.measure("①", 1, "下一步将开展专题培训。", MeasureStatus.PLANNED)), List.of()),
                t.finding("F3", "风险防控方面", "廉政风险排查不彻底，排查风险隐患12项，其中高风险5项。", List.of(
                        t.measure("①", 1, "建立风险台账，已完成。", MeasureStatus.DONE)), List.of(risks)));
        return report("a1b2c3d4e5f60002", title, JIAOTONG, 2023, RECTIFICATION, text, List.of(top), findings,
                List.of(risks));
    }

    /** 2022, 民政局 party-conduct report: 意识形态 (F1), 整改落实慢…不到位 (F2). */
    public static Report minzheng2022() {
        String title = "青山县民政局2022年度党风廉政建设责任制报告";
        String text = title + "\n"
                + "二、存在的主要问题\n"
                + "1.意识形态工作责任制落实不到位，研判不够及时。\n"
                + "2.巡视反馈问题整改落实慢，部分问题整改不到位。\n";
        Text t = new Text(text);
        Section top = t.section("二、", 1, "存在的主要问题", SectionRole.PROBLEMS, "二、存在的主要问题", null);
        List<Finding> findings = List.of(
                t.finding("F1", null, "意识形态工作责任制落实不到位，研判不够及时。", List.of(), List.of()),
                t.finding("F2", null, "巡视反馈问题整改落实慢，部分问题整改不到位。", List.of(), List.of()));
        return report("a1b2c3d4e5f60003", title, MINZHENG, 2022, CONDUCT, text, List.of(top), findings, List.of());
    }

    public static List<Report> all() {
        return List.of(minzheng2021(), jiaotong2023(), minzheng2022());
    }

    static Report report(String id, String title, String org, int year, String kind, String text,
                         List<Section> sections, List<Finding> findings, List<Count> counts) {
        Extraction x = new Extraction(title, org, year, "stated", kind, sections, findings, counts, List.of(), List.of());
        return new Report(id, "/fixtures/" + id + ".txt", "text/plain", "UTF-8", text.length() * 3L, id + "0".repeat(48),
                title, org, year, kind, false, text, null, x);
    }

    /** Locates surfaces in a fixture text. */
    static final class Text {
        private final String text;

        Text(String text) {
            this.text = text;
        }

        Section section(String label, int level, String title, SectionRole role, String heading, String nextHeading,
                        Section... children) {
            int start = text.indexOf(heading);
            int end = nextHeading == null ? text.length() : text.indexOf(nextHeading);
            return new Section(label, level, title, role, start, end, List.of(children));
        }

        Finding finding(String id, String area, String surface, List<Measure> measures, List<Count> counts) {
            int at = text.indexOf(surface);
            if (at < 0 || text.indexOf(surface, at + 1) >= 0) {
                throw new IllegalArgumentException("finding must occur exactly once: " + surface);
            }
            return new Finding(id, area, null, null, surface, at, at + surface.length(), measures, counts);
        }

        Measure measure(String label, int ordinal, String surface, MeasureStatus status) {
            int at = text.indexOf(label + surface);
            if (at < 0) {
                throw new IllegalArgumentException("measure not found: " + label + surface);
            }
            int start = at + label.length();
            return new Measure(label, ordinal, surface, status, status == MeasureStatus.UNKNOWN ? null : "fixture",
                    null, null, start, start + surface.length(), List.of());
        }

        Count count(BigDecimal value, String raw, String unit, String object, Count... parts) {
            int at = text.indexOf(raw);
            if (at < 0) {
                throw new IllegalArgumentException("count not found: " + raw);
            }
            return new Count(value, false, raw, unit, object, null, at, at + raw.length(), new ArrayList<>(List.of(parts)));
        }
    }
}
