package org.reportminer.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.pipeline.ReportExtractor;

/**
 * Issue 11: report shapes written for these tests (not copied from any real report), each with what a reader finds.
 */
class ReportShapesTest {
    private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();

    /** Problem areas as headings, measures numbered 1. 2. beneath them, no problem sentence of their own. */
    private static final String AREAS = String.join("\n",
            "某市水务局关于市委第三巡察组反馈意见整改进展情况的通报",
            "根据市委统一部署，2024年4月至5月，市委第三巡察组对市水务局进行了常规巡察。现将整改进展情况予以公布。",
            "一、整改工作总体情况",
            "局党组把巡察整改作为重要政治任务，成立整改工作领导小组。",
            "二、巡察反馈问题整改落实情况",
            "（一）落实供水安全保障责任方面",
            "1.修订城区供水应急预案，组织应急演练2次。",
            "2.完成老旧管网改造12公里。",
            "3.建立水质季度通报制度。",
            "（二）河湖长制工作推进方面",
            "1.开展河湖“清四乱”专项行动，清理问题点位37处。",
            "2.印发河长巡河办法。",
            "三、下一步工作打算",
            "（一）持续巩固整改成果。",
            "某市水务局",
            "2025年1月8日");

    @Test
    void aProblemAreaWithNumberedMeasuresBeneathItIsTheFinding() {
        Extraction e = EXTRACTOR.extract(AREAS);
        List<Finding> f = e.findings();
        assertEquals(2, f.size(), f.toString());
        assertEquals("落实供水安全保障责任方面", f.get(0).surface());
        assertEquals(3, f.get(0).measures().size());
        assertEquals("河湖长制工作推进方面", f.get(1).surface());
        assertEquals(2, f.get(1).measures().size());
        for (Finding x : f) {
            assertEquals(x.surface(), AREAS.substring(x.start(), x.end()), "offsets point at the text");
        }
    }

    @Test
    void theSignatureDateGivesTheYearOverTheDatesOfTheEventsReported() {
        Extraction e = EXTRACTOR.extract(AREAS);
        assertEquals(2025, e.year());
        assertTrue(e.yearEvidence().contains("2025年1月8日"), e.yearEvidence());
    }

    @Test
    void aMaskedOrChineseSignatureDateStillGivesItsYear() {
        String masked = "某县财政局关于整改情况的报告\n现将有关情况报告如下。\n一、基本情况\n已完成。\n某县财政局\n2023年*月**日";
        assertEquals(2023, EXTRACTOR.extract(masked).year());
        String chinese = "某县财政局关于整改情况的报告\n现将有关情况报告如下。\n一、基本情况\n已完成。\n二〇二四年三月五日";
        assertEquals(2024, EXTRACTOR.extract(chinese).year());
    }

    @Test
    void countsReadRateScaledLatinAndGenreUnitsBeyondTheOldList() {
        String text = "某局关于整改情况的报告\n全年天然气产量218.3亿方，建成150亿方/年产能项目和3MW光伏项目，"
                + "查处违纪案件3起，明确5方面18项重点工作，培训干部40学时，补助标准每人300元/人/月。公示期15个工作日。";
        List<String> got = EXTRACTOR.extract(text).counts().stream()
                .map(c -> c.surface() + "=" + c.value().stripTrailingZeros().toPlainString() + c.unit()).toList();
        assertEquals(List.of("218.3亿方=21830000000方", "150亿方/年=15000000000方/年", "3MW=3MW", "3起=3起", "5方面=5方面",
                "18项=18项", "40学时=40学时", "300元/人/月=300元/人/月", "15个工作日=15个工作日"), got);
    }

    @Test
    void wordsThatOnlyLookLikeUnitsAreNotCounted() {
        String text = "某局关于整改情况的报告\n一起研究部署，三方面工作统一起来，各方面齐抓共管。";
        List<String> got = EXTRACTOR.extract(text).counts().stream().map(c -> c.surface()).toList();
        assertEquals(List.of("三方面"), got);
    }

    @Test
    void aProjectPhaseAndOneNetworkAreNotCountsButSessionsAre() {
        String text = "某局关于整改情况的报告\n榆神一期矿区总规上报，核电二期加快建设，充电设施“一张网”建成，共举办培训班三期。";
        List<String> got = EXTRACTOR.extract(text).counts().stream().map(c -> c.surface()).toList();
        assertEquals(List.of("三期"), got);
    }

    /** Labelled problems (项目1.1：, 问题3：) with attribute lines (整改目标/整改时限/责任单位) before their measures. */
    private static final String LABELLED = String.join("\n",
            "某省关于生态环境保护督察反馈意见整改情况的报告",
            "现将整改情况报告如下。",
            "项目1.1：部分地区生态保护红线内违规开发问题突出。",
            "整改目标：违规项目全部清理整治到位。",
            "整改时限：2024年12月底前。",
            "责任单位：省自然资源厅。",
            "整改情况：（1）开展专项排查，清理违规项目12个。（2）建立红线监管平台，已完成。",
            "项目1.2：城镇污水收集处理设施短板明显。",
            "整改时限：长期坚持。",
            "整改情况：（1）新建污水管网86公里。（2）推进污水处理厂提标改造，正在推进。（3）建立运行考核机制。",
            "问题3：部分企业超标排放。",
            "整改措施：1.开展执法检查。2.立案查处案件9起。");

    @Test
    void aLabelledProblemStartsAtItsLabelAndItsAttributeLinesAreNotPartOfIt() {
        List<Finding> f = EXTRACTOR.extract(LABELLED).findings();
        assertEquals(List.of("部分地区生态保护红线内违规开发问题突出。", "城镇污水收集处理设施短板明显。", "部分企业超标排放。"),
                f.stream().map(Finding::surface).toList());
        assertEquals(List.of(2, 3, 2), f.stream().map(x -> x.measures().size()).toList());
        for (Finding x : f) {
            assertEquals(x.surface(), LABELLED.substring(x.start(), x.end()), "offsets point at the text");
        }
    }

    @Test
    void aParagraphThatNamesItsProblemInQuotesIsAFindingWithTheRestAsItsMeasures() {
        String text = String.join("\n",
                "某县教育局关于巡察反馈问题整改情况的报告",
                "现将有关情况报告如下。",
                "针对“固定资产台账管理不规范”的问题，一是全面清查固定资产，已完成；二是建立季度盘点制度。",
                "针对群众反映的问题，我们逐一回应。",
                "关于“干部培训针对性不强”问题，已制定年度培训计划并组织专题培训4期。");
        List<Finding> f = EXTRACTOR.extract(text).findings();
        assertEquals(List.of("固定资产台账管理不规范", "干部培训针对性不强"), f.stream().map(Finding::surface).toList());
        assertEquals(List.of(2, 1), f.stream().map(x -> x.measures().size()).toList());
        assertEquals(f.get(0).surface(), text.substring(f.get(0).start(), f.get(0).end()));
    }
}
