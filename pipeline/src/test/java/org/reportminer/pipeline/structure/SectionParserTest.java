package org.reportminer.pipeline.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.SectionRole;
import org.reportminer.corpus.testing.SharedData;

class SectionParserTest {

    private final SectionParser parser = new SectionParser();

    /** One line per section: indent, label, title, role, and that the span starts at the label. */
    static String render(String text, List<Section> sections) {
        StringBuilder sb = new StringBuilder();
        render(text, sections, sb);
        return sb.toString();
    }

    private static void render(String text, List<Section> sections, StringBuilder sb) {
        for (Section s : sections) {
            assertEquals(true, text.startsWith(s.label() + (s.label().isEmpty() ? s.title() : ""), s.start()),
                    "section " + s.title() + " does not start at its label");
            sb.append("  ".repeat(s.level() - 1)).append(s.label()).append(s.title()).append(" [")
                    .append(s.role()).append("]\n");
            render(text, s.children(), sb);
        }
    }

    @Test
    void nestsSeed001HeadingsByLabelFamilyWithInlineTitles() {
        String text = SharedData.seedText("001");
        List<Section> sections = parser.parse(text).sections();
        assertEquals(List.of("一、工作开展情况", "二、存在的主要问题", "三、下一步打算"),
                sections.stream().map(s -> s.label() + s.title()).toList());
        assertEquals(List.of(SectionRole.OVERVIEW, SectionRole.PROBLEMS, SectionRole.PLANS),
                sections.stream().map(Section::role).toList());
        Section work = sections.get(0);
        assertEquals("（一）提高政治站位，坚决做到“两个维护”|（二）加强组织领导，全面落实从严治党主体责任|（三）狠抓监督管理，强化规矩意识入心入脑"
                        + "|（四）加强和改进作风建设，提升机关工作效能|（五）强化廉政教育，筑牢思想防线",
                work.children().stream().map(s -> s.label() + s.title()).collect(Collectors.joining("|")));
        assertEquals("1.,2.,3.,4.|1.,2.,3.,4.||1.,2.,3.|1.,2.", work.children().stream()
                .map(c -> c.children().stream().map(Section::label).collect(Collectors.joining(",")))
                .collect(Collectors.joining("|")));
        assertEquals("加强政治建设", work.children().get(0).children().get(0).title());
        assertEquals(3, work.children().get(0).children().get(0).level());
        assertEquals(List.of(), sections.get(1).children());
        assertEquals("（一）坚定不移加强政治机关建设|（二）建设高素质专业化侨联干部队伍|（三）坚持以严的基调加强侨联党风廉政建设"
                        + "|（四）开好主题教育专题民主生活会",
                sections.get(2).children().stream().map(s -> s.label() + s.title()).collect(Collectors.joining("|")));
        assertEquals(text.strip().length(), sections.get(2).end());
    }

    @Test
    void infersUnnumberedProblemGroupsFromLayoutInSeed000() {
        String text = SharedData.seedText("000");
        List<Section> sections = parser.parse(text).sections();
        assertEquals(2, sections.size());
        assertEquals(SectionRole.OVERVIEW, sections.get(0).role());
        assertEquals(SectionRole.RECTIFICATION, sections.get(1).role());
        List<Section> areas = sections.get(1).children();
        assertEquals(List.of("（一）", "（二）", "（三）"), areas.stream().map(Section::label).toList());
        areas.forEach(a -> assertEquals(SectionRole.PROBLEM_AREA, a.role()));
        assertEquals(List.of(3, 3, 3), areas.stream().map(a -> a.children().size()).toList(),
                render(text, sections));
        assertEquals("对侨界群众政治引领力度不够", areas.get(0).children().get(0).title());
        assertEquals(SectionRole.PROBLEM_GROUP, areas.get(0).children().get(0).role());
        assertEquals("", areas.get(0).children().get(0).label());
        assertEquals(3, areas.get(0).children().get(0).level());
    }

    @Test
    void levelsFollowFirstAppearanceInAnyMix() {
        String text = "青禾市文化旅游局工作总结\n一、总体情况\n1.学习\n内容。\n（1）细项\n内容。\n2.调研\n二、问题\n1.问题甲\n（1）小项\n①再细\n三、打算\n（一）先做\n";
        String outline = render(text, parser.parse(text).sections());
        assertEquals("""
                一、总体情况 [OVERVIEW]
                  1.学习 [OTHER]
                    （1）细项 [OTHER]
                  2.调研 [OTHER]
                二、问题 [OTHER]
                  1.问题甲 [OTHER]
                    （1）小项 [OTHER]
                      ①再细 [OTHER]
                三、打算 [PLANS]
                  （一）先做 [OTHER]
                """, outline);
    }
}
