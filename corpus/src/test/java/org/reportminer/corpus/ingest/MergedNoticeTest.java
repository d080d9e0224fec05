package org.reportminer.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11: a notice merged into one line by a scrape gets its paragraphs back (shapes written for this test). */
class MergedNoticeTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    private static final String MERGED = "《2019年青禾市供热许可专项检查报告》 问题企业整改情况通报 为落实有关要求，青禾市城市管理局对专项检查"
            + "报告中披露问题的9家企业开展了跟踪检查，现将有关情况通报如下： 一、已完成整改企业情况 青禾热力公司、青禾能源公司等5家企业"
            + "已按要求完成整改，城市管理部门依法为其换发了供热经营许可证。 二、未完成整改企业及处理情况 截至2020年6月30日，"
            + "青禾供热站等4家企业已提交整改方案，但因管网改造工程尚未完工，尚未完成整改。 城市管理部门已责令其限期整改。";

    @Test
    void aNoticeMergedIntoItsFirstLineIsSplitBackIntoParagraphsWithOffsetsKept() {
        NormalizedText n = normalizer.normalize(MERGED);
        List<String> lines = n.text().lines().toList();
        assertEquals(List.of("《2019年青禾市供热许可专项检查报告》", "问题企业整改情况通报"), lines.subList(0, 2));
        assertEquals("一、已完成整改企业情况", lines.get(3));
        assertEquals("二、未完成整改企业及处理情况", lines.get(5));
        assertEquals(8, lines.size(), lines.toString());
        int at = n.text().indexOf("一、已完成");
        assertEquals("一、已完成", MERGED.substring(n.offsetMap().toOriginal(at), n.offsetMap().toOriginal(at) + 5));
    }

    @Test
    void spacedOutCharactersALaterLongLineAndAShortFirstLineAreLeftAlone() {
        String spaced = "整 改 工 作 ".repeat(60).strip();
        assertEquals(1, normalizer.normalize(spaced).text().lines().count());
        String later = "标题\n" + "一段很长的文字已完成。 ".repeat(30);
        assertEquals(2, normalizer.normalize(later).text().lines().count());
        assertEquals(1, normalizer.normalize("关于整改情况的通报 现通报如下。").text().lines().count());
    }
}
