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
 * Issue 11 item 2: audit reports (审计发现的主要问题, 审计整改 status per problem) and 主体责任 / 党风廉政 reports
 * (存在的问题 with 一是/二是), on shapes written for these tests (invented organisations), with what must not be taken.
 */
class ProblemPartShapesTest {
    private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();

    private static List<Finding> findings(String text) {
        Extraction e = EXTRACTOR.extract(text);
        for (Finding f : e.findings()) {
            assertEquals(f.surface(), text.substring(f.start(), f.end()), "offsets point at the text");
        }
        return e.findings();
    }

    private static List<String> firsts(List<Finding> f, int n) {
        return f.stream().map(x -> x.surface().substring(0, Math.min(n, x.surface().length()))).toList();
    }

    /** An audit work report: problems are the 一是/二是 points under the headings, or a heading without points. */
    private static final String AUDIT = String.join("\n",
            "青禾市人民政府关于2023年度市级预算执行和其他财政收支的审计工作报告",
            "主任、各位副主任、各位委员：",
            "我受市人民政府委托，报告2023年度市级预算执行和其他财政收支的审计情况，请予审议。",
            "一、市级财政管理审计情况",
            "审计了市财政局组织市级预算执行和编制决算草案情况。审计发现的主要问题：",
            "（一）预算收入管理不够严格。一是3家单位非税收入1.26亿元未及时缴入国库。二是少计土地出让收入4800万元。",
            "（二）部分专项资金分配下达不及时，涉及资金2.3亿元。",
            "二、重大政策措施落实审计情况",
            "（一）稳就业政策落实审计。抽查了5个区县。发现的主要问题：一是违规发放就业补贴356万元；二是职业技能培训“走过场”，涉及资金89万元。",
            "三、审计建议",
            "（一）加强预算收入管理。");

    @Test
    void anAuditReportsProblemsAreThePointsUnderItsHeadingsAndHeadingsWithoutPoints() {
        List<Finding> f = findings(AUDIT);
        assertEquals(List.of("3家单位非税", "少计土地出让", "部分专项资金", "违规发放就业", "职业技能培训"), firsts(f, 6),
                f.toString());
        f.forEach(x -> assertTrue(x.measures().isEmpty(), x.toString()));
        assertTrue(f.get(0).detail().evidence().contains("预算收入管理不够严格"), f.get(0).detail().evidence());
    }

    @Test
    void aHeadingThatNamesTheProblemPartOpensItAtAnyLevel() {
        String text = String.join("\n",
                "青禾市林业局2024年度落实全面从严治党主体责任情况的报告",
                "一、工作开展情况",
                "（一）强化理论武装。全年开展集中学习12次。",
                "（二）存在的问题和不足",
                "一是理论学习与业务工作结合不够紧密。二是基层党支部标准化建设不平衡。三是个别干部纪律意识不强。",
                "二、下一步工作打算",
                "一是持续深化理论学习。二是抓好支部建设。");
        List<Finding> f = findings(text);
        assertEquals(List.of("理论学习与", "基层党支部", "个别干部纪"), firsts(f, 5), f.toString());
    }

    @Test
    void aSentenceThatIntroducesProblemsWithPointsInTheSameParagraphIsAProblemPart() {
        String text = String.join("\n",
                "青禾市统计局党组关于2024年党风廉政建设责任制落实情况的报告",
                "一、主要工作",
                "（一）压实主体责任。党组专题研究党风廉政建设4次。",
                "（二）加强监督检查。在肯定成绩的同时，我们也清醒地认识到，在党风廉政建设方面还存在一些问题：一是廉政风险防控不够精准；"
                        + "二是监督执纪“四种形态”运用不够充分；三是作风建设长效机制还不健全。",
                "二、下一步打算",
                "一是压实责任。二是强化监督。");
        List<Finding> f = findings(text);
        assertEquals(List.of("廉政风险", "监督执纪", "作风建设"), firsts(f, 4), f.toString());
        assertTrue(f.get(2).surface().endsWith("还不健全。"), f.get(2).surface());
    }

    @Test
    void anAuditRectificationReportGivesEachProblemItsOwnStatus() {
        String text = String.join("\n",
                "青禾市财政局关于2023年度审计查出问题整改情况的报告",
                "一、整改工作总体情况",
                "审计指出的5个问题，已整改4个，正在整改1个。",
                "二、审计查出问题的整改情况",
                "（一）预算管理方面",
                "1.关于非税收入未及时缴库的问题。已将1.26亿元全部缴入国库，已整改到位。",
                "2.关于部分专项资金下达不及时问题",
                "正在整改。已下达资金1.8亿元，剩余0.5亿元正在履行程序。",
                "3.关于政府采购管理不规范的问题。已整改。一是修订采购内控制度；二是开展采购业务培训。",
                "三、下一步工作");
        List<Finding> f = findings(text);
        assertEquals(List.of("非税收入未及时缴库", "部分专项资金下达不及时", "政府采购管理不规范"),
                f.stream().map(Finding::surface).toList());
        assertEquals(MeasureStatus.DONE, f.get(0).detail().status());
        assertEquals("已整改到位", f.get(0).detail().statusEvidence());
        assertEquals(MeasureStatus.IN_PROGRESS, f.get(1).detail().status());
        assertEquals(0, f.get(0).measures().size());
        assertEquals(2, f.get(2).measures().size());
    }

    @Test
    void aStatusLineAfterAProblemIsTheProblemsOwnStatus() {
        String text = String.join("\n",
                "青禾县水利局关于审计发现问题整改情况的报告",
                "一、具体问题整改情况",
                "1.固定资产账实不符，43件设备未登记入账。",
                "整改情况：已整改。已全部补登入账。",
                "2.往来款项长期未清理。",
                "整改情况：正在整改。已清理收回款项20万元。");
        List<Finding> f = findings(text);
        assertEquals(2, f.size(), f.toString());
        assertEquals(MeasureStatus.DONE, f.get(0).detail().status());
        assertEquals(MeasureStatus.IN_PROGRESS, f.get(1).detail().status());
        assertEquals("正在整改", f.get(1).detail().statusEvidence());
    }

    @Test
    void rectifyingWordsGroupHeadingsAndPlainTopicsAreNotProblemParts() {
        String text = String.join("\n",
                "青禾市林业局关于巡察整改情况的报告",
                "一、审计发现问题整改情况",
                "针对审计发现的问题：一是建立台账；二是逐项销号。",
                "二、关于加强预算管理",
                "修订预算管理办法。",
                "三、巡察发现的主要问题",
                "一是学习不深入。二是制度不健全。");
        List<Finding> f = findings(text);
        assertTrue(f.isEmpty(), f.toString());
        List<Finding> none = findings("青禾市林业局工作总结\n一、主要工作\n（一）学习。一是集中学习。二是专题研讨。");
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void aNoticeMergedIntoOneLineHasItsHeadingsBackAndStatusGroupsAreFindings() {
        String text = "《2019年青禾市供热许可专项检查报告》 问题企业整改情况通报 为落实有关要求，青禾市城市管理局对专项检查报告中"
                + "披露问题的9家企业开展了跟踪检查，现将有关情况通报如下： 一、已完成整改企业情况 青禾热力公司、青禾能源公司等5家企业"
                + "已按要求完成整改，城市管理部门依法为其换发了供热经营许可证。 二、未完成整改企业及处理情况 截至2020年6月30日，"
                + "青禾供热站等4家企业已提交整改方案，但因管网改造工程尚未完工，尚未完成整改。 城市管理部门已责令其限期整改，"
                + "整改期间不得新增供热面积，并将整改结果在门户网站向社会公开，接受社会监督，整改到位后方可恢复正常经营活动。";
        // as ingest gives it: the merged line split back into paragraphs, spaces between Han characters removed
        List<Finding> f = findings(new org.reportminer.corpus.ingest.TextNormalizer().normalize(text).text());
        assertEquals(List.of("已完成整改企业情况", "未完成整改企业及处理情况"), f.stream().map(Finding::surface).toList());
        assertEquals(MeasureStatus.DONE, f.get(0).detail().status());
        assertEquals(MeasureStatus.IN_PROGRESS, f.get(1).detail().status());
        f.forEach(x -> assertTrue(x.measures().isEmpty(), x.toString()));
    }

    @Test
    void aNationalStyleAuditReportWithPointsOnTheirOwnLinesAndATitleBrokenByThePdf() {
        String text = String.join("\n",
                "青禾省人民政府关于2023年度省级预算执行和其他财政收支的",
                "审计工作报告",
                "——2024年7月26日在青禾省第十四届人民代表大会常务委员会第十次会议上",
                "一、省级财政管理审计情况",
                "审计了省财政厅具体组织省级预算执行情况。主要问题是：",
                "（一）部分收入未及时足额缴库。",
                "一是3个部门的非税收入2.1亿元未及时缴库。",
                "二是少计利息收入3600万元。",
                "（二）预算分配不够规范，涉及资金5.6亿元。",
                "二、审计建议",
                "一是加强收入征管。二是规范预算分配。");
        List<Finding> f = findings(text);
        assertEquals(List.of("3个部门的非", "少计利息收入", "预算分配不够"), firsts(f, 6), f.toString());
        assertEquals("3个部门的非税收入2.1亿元未及时缴库。", f.get(0).surface());
    }
}
