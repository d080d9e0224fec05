package org.reportminer.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportminer.pipeline.structure.SectionParser;

/**
 * Issue 11 item 4: title, organisation, kind, year and period on report shapes written for these tests (invented
 * organisations, not copied from any real report), each with what must not be taken.
 */
class MetadataShapesTest {

    private final MetadataExtractor extractor = new MetadataExtractor(EventYears.builtIn());

    private Metadata meta(String... lines) {
        String text = String.join("\n", lines);
        return extractor.extract(text, new SectionParser().parse(text));
    }

    @Test
    void aTitleThePdfBrokeAfterItsOpeningLineIsRejoinedAndTheDatedSubtitleGivesTheYearNotThePeriod() {
        Metadata m = meta("青禾市人民政府关于2023年度市级预算执行和其他财政收支的",
                "审计工作报告",
                "——2024年7月26日在青禾市第五届人民代表大会常务委员会第九次会议上",
                "青禾市审计局局长 某某",
                "主任、各位副主任、各位委员：",
                "我受市人民政府委托，报告2023年度市级预算执行和其他财政收支的审计情况，请予审议。",
                "一、市级财政管理审计情况",
                "审计发现的主要问题：一是部分收入未及时缴库1.2亿元。二是部分专项资金分配不规范。");
        assertEquals("青禾市人民政府关于2023年度市级预算执行和其他财政收支的审计工作报告", m.title());
        assertEquals("青禾市人民政府", m.org());
        assertEquals("审计工作报告", m.kind());
        assertEquals(2024, m.year(), m.yearEvidence());
        assertEquals("2023年度", m.period());
    }

    @Test
    void aSenderLineAboveATwoLineTitleIsTheOrgAndNotPartOfTheTitle() {
        Metadata m = meta("青禾市生态环境局",
                "关于落实《青禾市生态环境保护督察反馈意见整改方案》整改措施",
                "（序号3）整改完成情况的公示",
                "现将我局整改措施（序号3）完成情况予以公示，公示期为2025年3月1日至3月7日。",
                "整改措施",
                "措施序号（3）：完善污水管网。");
        assertEquals("关于落实《青禾市生态环境保护督察反馈意见整改方案》整改措施（序号3）整改完成情况的公示", m.title());
        assertEquals("青禾市生态环境局", m.org());
        assertEquals("督察整改", m.kind());
        assertEquals(2025, m.year());
    }

    @Test
    void theSignatureNameLineGivesTheOrgWhenTheTitleNamesNone() {
        Metadata m = meta("关于2024年度落实全面从严治党主体责任情况的报告",
                "市委：",
                "现将有关情况报告如下。",
                "一、主要工作",
                "严格落实主体责任。",
                "中共青禾市统计局党组",
                "2025年1月10日");
        assertEquals("青禾市统计局", m.org());
        assertEquals("全面从严治党主体责任情况报告", m.kind());
        assertEquals(2025, m.year(), m.yearEvidence());
        assertEquals("2024年度", m.period());
    }

    @Test
    void aNoticeMergedIntoOneLineHasItsHeadAsTitleAndNeitherTheCitedYearNorItsPeriodAsYear() {
        Metadata m = meta("《2019年青禾市供热许可专项检查报告》 问题企业整改情况通报 为落实有关要求，"
                + "青禾市城市管理局及各区供热办对专项检查报告中披露问题的9家企业开展了跟踪检查，现将有关情况通报如下："
                + " 一、已完成整改企业情况 某供热公司等5家企业已完成整改。 二、未完成整改企业情况 截至2020年6月30日，"
                + "某热力公司等4家企业尚未完成整改，已责令限期整改，整改期间不得新增供热面积，并将整改结果向社会公开。");
        assertEquals("《2019年青禾市供热许可专项检查报告》 问题企业整改情况通报", m.title());
        assertEquals("整改情况通报", m.kind());
        assertEquals("青禾市城市管理局", m.org());
        assertEquals(2020, m.year(), m.yearEvidence());
        assertTrue(m.yearEvidence().contains("截至2020年"), m.yearEvidence());
    }

    @Test
    void aYearInsideACitedDocumentNameInTheFirstParagraphIsNotTheReportsYear() {
        Metadata m = meta("青禾市城市管理局", "问题企业整改情况通报",
                "为落实《2019年青禾市供热许可专项检查报告》要求，现将有关情况通报如下：",
                "一、已完成整改企业情况",
                "截至2020年6月30日，5家企业已完成整改。");
        assertEquals(2020, m.year(), m.yearEvidence());
        Metadata stated = meta("青禾市城市管理局关于整改情况的通报", "2021年，我局对《2019年报告》披露的问题开展了跟踪检查。");
        assertEquals(2021, stated.year(), stated.yearEvidence());
    }

    @Test
    void theKindFollowsTheTitleWords() {
        assertEquals("巡察整改情况", meta("青禾市林业局关于巡察整改情况的报告", "现报告如下。").kind());
        assertEquals("巡察整改进展情况", meta("青禾市林业局关于巡察反馈意见整改进展情况的通报", "现通报如下。").kind());
        assertEquals("巡视整改进展情况",
                meta("中共青禾省林业局党组关于十二届省委第三轮巡视整改进展情况的通报", "现通报如下。").kind());
        assertEquals("巡视整改情况", meta("青禾省林业局关于中央第五巡视组反馈意见整改落实情况的报告", "现报告如下。").kind());
        assertEquals("审计整改情况报告", meta("青禾市林业局关于审计查出问题整改情况的报告", "现报告如下。").kind());
    }

    @Test
    void aCompleteTitleIsNotJoinedWithTheAddresseeOrTheSenderAndProseGivesNoOrg() {
        Metadata m = meta("青禾市林业局关于巡察整改情况的报告", "市委巡察办：", "现将整改情况报告如下。");
        assertEquals("青禾市林业局关于巡察整改情况的报告", m.title());
        Metadata none = meta("关于巡察整改情况的报告", "根据市委统一部署，市委第二巡察组对我局开展了巡察。", "一、整改情况",
                "已完成整改。");
        assertNull(none.org());
        assertNull(none.period());
    }
}
