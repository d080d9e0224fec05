package org.reportminer.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.MeasureStatus;
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
    void aParagraphThatNamesItsProblemInQuotesIsAFindingWithItsNumberedRestAsItsMeasures() {
        String text = String.join("\n",
                "某县教育局关于巡察反馈问题整改情况的报告",
                "现将有关情况报告如下。",
                "针对“固定资产台账管理不规范”的问题，一是全面清查固定资产，已完成；二是建立季度盘点制度。",
                "针对群众反映的问题，我们逐一回应。",
                "关于“干部培训针对性不强”问题，已制定年度培训计划并组织专题培训4期。");
        List<Finding> f = EXTRACTOR.extract(text).findings();
        assertEquals(List.of("固定资产台账管理不规范", "干部培训针对性不强"), f.stream().map(Finding::surface).toList());
        // a rest in prose is no numbered measure: it says how far the finding got
        assertEquals(List.of(2, 0), f.stream().map(x -> x.measures().size()).toList());
        assertEquals(MeasureStatus.DONE, f.get(1).detail().status());
        assertEquals(f.get(0).surface(), text.substring(f.get(0).start(), f.get(0).end()));
    }

    @Test
    void aParagraphOpeningWithAnUnquotedProblemIsAFindingButAGenericOneIsNot() {
        String text = String.join("\n",
                "某县农业局关于巡察整改情况的报告",
                "关于基层党组织建设薄弱的问题，调整充实3个党支部班子，正在持续推进。",
                "关于上述问题，局党组高度重视。",
                "关于巡察反馈的问题，我们逐项整改。");
        List<Finding> f = EXTRACTOR.extract(text).findings();
        assertEquals(List.of("基层党组织建设薄弱"), f.stream().map(Finding::surface).toList());
        assertEquals(0, f.get(0).measures().size());
        assertEquals(MeasureStatus.IN_PROGRESS, f.get(0).detail().status());
    }

    /** Labelled problems, their fields inline ({@code 整改时限：}) or alone on a line with the value below. */
    @Test
    void aLabelledProblemTakesItsTimeframeResponsibleAndStatusFromItsFields() {
        String text = String.join("\n",
                "某县水利局督察反馈问题整改情况",
                "问题一：农村饮水工程管护不到位。",
                "整改目标：管护责任全面落实。",
                "完成时限：2024年底前",
                "整改情况：已完成整改。（1）明确管护主体；（2）建立巡检台账。",
                "责任单位：农村水利股",
                "第2项：河道采砂监管不严。",
                "整改时限",
                "长期坚持",
                "整改措施",
                "①开展联合执法；②设立举报电话。",
                "责任领导",
                "分管副局长");
        List<Finding> f = EXTRACTOR.extract(text).findings();
        assertEquals(List.of("农村饮水工程管护不到位。", "河道采砂监管不严。"), f.stream().map(Finding::surface).toList());
        assertEquals(List.of(2, 2), f.stream().map(x -> x.measures().size()).toList());
        assertEquals("label 问题一：", f.get(0).detail().evidence());
        assertEquals("2024年底前", f.get(0).detail().timeframe());
        assertEquals("农村水利股", f.get(0).detail().responsible());
        assertEquals(MeasureStatus.DONE, f.get(0).detail().status());
        assertEquals("建立巡检台账。", f.get(0).measures().get(1).surface().strip(), "the field after the measures is not one");
        assertEquals("label 第2项：", f.get(1).detail().evidence());
        assertEquals("长期坚持", f.get(1).detail().timeframe());
        assertEquals("分管副局长", f.get(1).detail().responsible());
    }

    @Test
    void problemsLabelled11OrBracketedTakeTheirFieldsToo() {
        String text = String.join("\n",
                "某县水利局督察反馈问题整改情况",
                "1.1 农村饮水工程管护不到位。",
                "整改时限：2024年底前",
                "责任单位：农村水利股",
                "整改措施：（1）明确管护主体；（2）建立巡检台账。",
                "【问题】水土保持方案审批滞后。",
                "整改目标：审批时限压缩一半。",
                "责任人：张某",
                "1.5万元专项资金已拨付到位。");
        List<Finding> f = EXTRACTOR.extract(text).findings();
        assertEquals(List.of("农村饮水工程管护不到位。", "水土保持方案审批滞后。"), f.stream().map(Finding::surface).toList());
        assertEquals(List.of(2, 0), f.stream().map(x -> x.measures().size()).toList());
        assertEquals("2024年底前", f.get(0).detail().timeframe());
        assertEquals("label 【问题】", f.get(1).detail().evidence());
        assertEquals("审批时限压缩一半。", f.get(1).detail().timeframe(), "整改目标 when no 整改时限 is given");
        assertEquals("张某", f.get(1).detail().responsible());
    }

    @Test
    void aLineThatOnlyStartsLikeAFieldIsNoFieldAndProseBeforeProseIsNoProblem() {
        String text = String.join("\n",
                "某县水利局工作总结",
                "今年以来，我局认真落实各项工作。",
                "整改时限较短的问题，我们优先安排。",
                "问题整改工作有序推进。");
        assertEquals(List.of(), EXTRACTOR.extract(text).findings());
    }

    /** A web table flattened one cell per line, and a .docx table as ingest writes it: one row per line, tabs. */
    @Test
    void eachRowOfARectificationTableIsAFindingWithItsCells() {
        String cells = String.join("\n",
                "某县林业局巡察整改情况表",
                "序号", "反馈问题", "整改措施", "责任单位", "完成时限", "完成情况",
                "1", "护林员考核流于形式", "（1）修订考核办法；（2）配发巡护终端。", "防火科", "2024年3月底前", "已完成整改",
                "2", "古树保护不到位", "开展普查，建立档案。", "保护地科", "2024年12月底前", "正在整改");
        String tabs = String.join("\n",
                "某县林业局巡察整改情况表",
                "序号\t反馈问题\t整改措施\t责任单位\t完成时限\t完成情况",
                "1\t护林员考核流于形式\t（1）修订考核办法；（2）配发巡护终端。\t防火科\t2024年3月底前\t已完成整改",
                "2\t古树保护不到位\t开展普查，建立档案。\t保护地科\t2024年12月底前\t正在整改");
        for (String text : List.of(cells, tabs)) {
            List<Finding> f = EXTRACTOR.extract(text).findings();
            assertEquals(List.of("护林员考核流于形式", "古树保护不到位"), f.stream().map(Finding::surface).toList());
            assertEquals(List.of(2, 0), f.stream().map(x -> x.measures().size()).toList());
            assertEquals("table row 1", f.get(0).detail().evidence());
            assertEquals(List.of("2024年3月底前", "2024年12月底前"), f.stream().map(x -> x.detail().timeframe()).toList());
            assertEquals(List.of("防火科", "保护地科"), f.stream().map(x -> x.detail().responsible()).toList());
            assertEquals(List.of(MeasureStatus.DONE, MeasureStatus.IN_PROGRESS),
                    f.stream().map(x -> x.detail().status()).toList());
            for (Finding x : f) {
                assertEquals(x.surface(), text.substring(x.start(), x.end()));
            }
        }
    }

    @Test
    void keysInARowWithoutAProblemColumnAreNoTable() {
        String text = String.join("\n",
                "某县林业局工作安排",
                "序号", "整改措施", "责任单位", "完成时限",
                "1", "修订考核办法", "防火科", "2024年3月底前");
        assertEquals(List.of(), EXTRACTOR.extract(text).findings());
    }

    @Test
    void anUnlabelledAreaLineUnderAPartAboutLongTermRectificationIsAFindingWithThatStatus() {
        String text = String.join("\n",
                "某局关于巡视整改进展情况的通报",
                "一、巡视反馈问题整改落实情况",
                "（一）规划编制不够及时方面",
                "1.印发年度规划编制工作方案。",
                "2.召开规划编制座谈会3次。",
                "二、需长期整改事项进展情况",
                "安全生产监管责任落实方面",
                "持续开展安全生产专项整治，督促企业落实主体责任，定期通报整治进展。",
                "三、下一步工作打算",
                "持续巩固整改成果。");
        Extraction e = EXTRACTOR.extract(text);
        assertEquals(2, e.findings().size(), e.findings().toString());
        Finding f = e.findings().get(1);
        assertEquals("安全生产监管责任落实方面", f.surface());
        assertEquals(f.surface(), text.substring(f.start(), f.end()));
        assertEquals(MeasureStatus.ONGOING, f.detail().status());
        assertEquals(0, f.measures().size(), "its prose is no numbered measure");
    }

    @Test
    void anUnlabelledAreaLineOutsideAnyRectificationPartIsNoFinding() {
        String text = String.join("\n",
                "某局2024年工作总结",
                "一、主要工作成效",
                "安全生产监管责任落实方面",
                "持续开展安全生产专项整治，督促企业落实主体责任。",
                "二、下一步工作打算",
                "持续巩固工作成果。");
        assertEquals(0, EXTRACTOR.extract(text).findings().size());
    }

    @Test
    void aNumberedMeasureThatEndsWith问题UnderAnAreaStaysAMeasureOfTheArea() {
        String text = String.join("\n",
                "某局关于巡察整改进展情况的通报",
                "一、巡察反馈问题整改落实情况",
                "（一）全面从严治党主体责任落实不到位方面",
                "1.修订党组落实主体责任清单，召开专题会议2次。",
                "2.集中整治群众身边的不正之风和腐败问题。",
                "3.对3名干部开展提醒谈话。",
                "二、下一步工作打算",
                "持续巩固整改成果。");
        Extraction e = EXTRACTOR.extract(text);
        assertEquals(1, e.findings().size(), e.findings().toString());
        Finding f = e.findings().get(0);
        assertEquals("全面从严治党主体责任落实不到位方面", f.surface());
        assertEquals(3, f.measures().size(), "the area keeps its three measures");
    }
}
