package org.reportminer.pipeline.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.testing.SharedData;
import org.reportminer.pipeline.ReportExtractor;

class MarkdownRendererTest {

    @Test
    void outlineShowsStructureFindingsMeasuresAndFailedChecksFirst() {
        Extraction e = ReportExtractor.standard().extract(SharedData.seedText("000"));
        String md = new MarkdownRenderer().render(e);
        assertTrue(md.startsWith("# （无标题）\n"), md.substring(0, 40));
        assertTrue(md.contains("- 年份：2021（year is masked"), md);
        assertTrue(md.contains("- 问题 34 个，整改措施 132 条"), md);
        assertTrue(md.contains("  - （一）“学习贯彻落实"), md);
        assertTrue(md.contains("#### 对侨界群众政治引领力度不够\n\n**F1** 市侨联党组理论学习中心组"), md);
        assertTrue(md.contains("- ① 由一名党组成员牵头"), md);
        int failed = md.indexOf("- ✗ NUMBERING_REPEAT");
        int passed = md.indexOf("- ✓ ");
        assertTrue(failed > 0 && failed < passed, "failed checks come first");
    }
}
