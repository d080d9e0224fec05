package org.reportminer.pipeline.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ReportPatternsTest {

    static Stream<Arguments> lineStartLabels() {
        return Stream.of(
                Arguments.of(ReportPatterns.LABEL_CN_COMMA, "一、工作开展情况", "一是加强"),
                Arguments.of(ReportPatterns.LABEL_CN_COMMA, "十二、其他", "（一）标题"),
                Arguments.of(ReportPatterns.LABEL_CN_PAREN, "（二）狠抓监督", "（1）建立"),
                Arguments.of(ReportPatterns.LABEL_CN_PAREN, "(三)加强", "三、加强"),
                Arguments.of(ReportPatterns.LABEL_ARABIC, "1.加强政治建设", "1.2万元"),
                Arguments.of(ReportPatterns.LABEL_ARABIC, "12、完善制度", "2023年"),
                Arguments.of(ReportPatterns.LABEL_ARABIC, "3．严格落实", "3月份"),
                Arguments.of(ReportPatterns.LABEL_ARABIC_PAREN, "（3）建立台账", "（一）建立"),
                Arguments.of(ReportPatterns.LABEL_CIRCLED, "①由一名党组成员牵头", "1.由"),
                Arguments.of(ReportPatterns.LABEL_ORDINAL, "第一，集中力量", "第一巡察组"),
                Arguments.of(ReportPatterns.LABEL_ORDINAL, "第二、完善", "第一议题"),
                Arguments.of(ReportPatterns.LABEL_SHI, "一是廉洁自律", "一岗双责"),
                Arguments.of(ReportPatterns.MEASURE_OPENER, "整改情况：①", "整改措施***条"),
                Arguments.of(ReportPatterns.MEASURE_OPENER, "整改进展:目前", "整改工作"),
                Arguments.of(ReportPatterns.PROBLEM_PREFIX, "问题：学习不深入", "问题清单"),
                Arguments.of(ReportPatterns.PROBLEM_PREFIX, "项目1.1：建设项目", "项目建设"),
                Arguments.of(ReportPatterns.PROBLEM_PREFIX, "措施序号（1）：全面贯彻", "措施落实"),
                Arguments.of(ReportPatterns.PROBLEM_PREFIX, "第3项：河道", "第三项工作"),
                Arguments.of(ReportPatterns.PROBLEM_PREFIX, "1.1农村饮水", "1.5万元专项资金"),
                Arguments.of(ReportPatterns.PROBLEM_PREFIX, "2.3 河道", "2.3个百分点"),
                Arguments.of(ReportPatterns.fieldKey(ReportPatterns.KEYS_TIMEFRAME), "整改时限：2024年底前", "整改时限较短"),
                Arguments.of(ReportPatterns.fieldKey(ReportPatterns.KEYS_RESPONSIBLE), "责任单位", "责任单位负责人"),
                Arguments.of(ReportPatterns.INLINE_PROBLEM_UNQUOTED, "关于基层党组织建设薄弱的问题，调整", "关于上述问题，局党组"),
                Arguments.of(ReportPatterns.INLINE_PROBLEM_UNQUOTED, "关于干部培训针对性不强问题，已", "关于巡察反馈的问题，逐项"));
    }

    @ParameterizedTest
    @MethodSource("lineStartLabels")
    void lineStartPatternMatchesItsExampleAndNotTheCounterExample(Pattern p, String yes, String no) {
        assertTrue(p.matcher(yes).lookingAt(), p + " should match " + yes);
        assertFalse(p.matcher(no).lookingAt(), p + " should not match " + no);
    }

    static Stream<Arguments> inlinePatterns() {
        return Stream.of(
                Arguments.of(ReportPatterns.ENUM_SHI, "主要表现在：一是意识不强。", "实现统一是目标"),
                Arguments.of(ReportPatterns.ENUM_CIRCLED, "整改情况：①梳理", "整改情况：梳理"),
                Arguments.of(ReportPatterns.ENUM_ARABIC_PAREN, "完善制度。（2）建立台账", "《条例（2019）》"),
                Arguments.of(ReportPatterns.ENUM_CN_PAREN, "措施：（一）加强", "《规定（一）》"),
                Arguments.of(ReportPatterns.ENUM_ARABIC, "完善制度。2.建立台账", "增长1.5%"),
                Arguments.of(ReportPatterns.ENUM_ORDINAL, "。第二，完善制度", "第二巡察组"),
                Arguments.of(ReportPatterns.ENUM_TAIL, "不紧密。这些问题和不足将改进", "不紧密。部分同志"),
                Arguments.of(ReportPatterns.QUOTED_PROBLEM_HEADING, "关于“学习不系统”问题的整改", "关于加强学习的意见"),
                Arguments.of(ReportPatterns.QUOTED_PROBLEM_HEADING, "关于“台账不全”的问题", "关于“回头看”中发现的新问题"),
                Arguments.of(ReportPatterns.ENUM_ARABIC_PAREN_AFTER_COMMA, "针对该问题，（4）每季度", "罚款。（4）每季度"),
                Arguments.of(ReportPatterns.ENUM_CN_PAREN_AFTER_COMMA, "同时，（二）加强", "同时（二）加强"),
                Arguments.of(ReportPatterns.ENUM_ARABIC_AFTER_COMMA, "此外，2.建立台账", "罚款，2.5万元"),
                Arguments.of(ReportPatterns.ENUM_ORDINAL_AFTER_COMMA, "同时，第二，完善", "，第二巡察组"),
                Arguments.of(ReportPatterns.SENTENCE_BREAK, "罚款。同时", "罚款，同时"),
                Arguments.of(ReportPatterns.kindPhrase("巡察…整改进展情况"), "巡察反馈意见整改进展情况", "巡察工作。整改进展情况"),
                Arguments.of(ReportPatterns.ORG_END, "某局党组关于整改", "某局党组"),
                Arguments.of(ReportPatterns.ORG_DECORATION, "中共某局党组", "某局"),
                Arguments.of(ReportPatterns.CLOSING_PUNCTUATION, "履职不到位。", "财经纪律执行不严格"),
                Arguments.of(ReportPatterns.CLOSING_PUNCTUATION, "各位代表：", "（一）提高政治站位，坚决做到“两个维护”"),
                Arguments.of(ReportPatterns.CLOSING_PUNCTUATION, "批示要求「立行立改。」", "《关于加强学习的意见》"),
                Arguments.of(ReportPatterns.ROLE_OVERVIEW, "整改工作基本情况", "下一步打算"),
                Arguments.of(ReportPatterns.ROLE_RECTIFICATION, "市委巡察组反馈意见整改落实情况", "整改工作基本情况"),
                Arguments.of(ReportPatterns.ROLE_PROBLEMS, "存在的主要问题", "问题整改"),
                Arguments.of(ReportPatterns.ROLE_PLANS, "下一步打算", "工作开展情况"),
                Arguments.of(ReportPatterns.ROLE_AREA, "“学习不深入，履职不到位”方面", "加强组织领导"),
                Arguments.of(CountPatterns.QUALIFIER_BEFORE, "累计超过", "达到"),
                Arguments.of(CountPatterns.ORDINAL_FOLLOWER, "全会精神", "会议"),
                Arguments.of(CountPatterns.TOTAL_AREAS_PROBLEMS, "存在*个方面*项问题", "存在问题"),
                Arguments.of(CountPatterns.TOTAL_PROBLEMS, "反馈问题25个", "问题清单"),
                Arguments.of(CountPatterns.TOTAL_PROBLEMS, "查找出作风方面问题6个", "查找出问题。整改6个"),
                Arguments.of(CountPatterns.TOTAL_SUGGESTIONS, "提出*项意见建议", "提出意见"),
                Arguments.of(CountPatterns.TOTAL_MEASURES, "制定整改措施***条", "整改措施："),
                Arguments.of(CountPatterns.TOTAL_DONE, "已完成整改19个", "已完成整改工作"),
                Arguments.of(CountPatterns.TOTAL_IN_PROGRESS, "正在整改6个", "正在整改中"),
                Arguments.of(CountPatterns.TOTAL_RATE, "整改完成率76%", "完成率较高"),
                Arguments.of(ReportPatterns.STATUS_DONE, "目前已完成建设", "完成率"),
                Arguments.of(ReportPatterns.STATUS_IN_PROGRESS, "目前正在推进", "已推进"),
                Arguments.of(ReportPatterns.STATUS_ONGOING, "每季度研究", "每名同志"),
                Arguments.of(ReportPatterns.STATUS_PLANNED, "下一步将探索", "模拟演练"),
                Arguments.of(ReportPatterns.RESPONSIBLE, "由一名党组成员牵头，梳理", "负责同志"),
                Arguments.of(ReportPatterns.TIMEFRAME, "*月份，组织", "2023年"),
                Arguments.of(ReportPatterns.YEAR, "2023年党风廉政", "****年"),
                Arguments.of(ReportPatterns.MASKED_YEAR, "****年*月", "*年任期"),
                Arguments.of(ReportPatterns.ORG_INSPECTED, "对市侨联开展了巡察", "开展了调研"),
                Arguments.of(ReportPatterns.PROBLEM_SECTION_TITLE, "审计发现的主要问题", "审计发现问题的整改措施落实到位，各项工作有序推进"),
                Arguments.of(ReportPatterns.PROBLEM_INTRO, "方面还存在一些问题：一是", "针对审计发现的问题，"),
                Arguments.of(ReportPatterns.PROBLEM_INTRO, "发现的主要问题是：", "问题整改情况："),
                Arguments.of(ReportPatterns.PROBLEM_INTRO_NOT, "针对审计", "审计署"),
                Arguments.of(ReportPatterns.PLAIN_PROBLEM_HEADING, "关于部分收入未及时缴入国库的问题", "关于加强预算管理"),
                Arguments.of(ReportPatterns.PLAIN_PROBLEM_HEADING, "关于预算编制不够完整问题的整改情况", "关于“学习不深入”问题"),
                Arguments.of(ReportPatterns.STATUS_GROUP_TITLE, "未完成整改企业及处理情况", "整改完成情况"),
                Arguments.of(ReportPatterns.FINDING_STATUS, "已整改12.3亿元", "整改措施"),
                Arguments.of(ReportPatterns.PERIOD, "2023年度", "2023年12月"),
                Arguments.of(ReportPatterns.CUT_OFF_YEAR, "截止2017年6月30日", "2017年6月30日"),
                Arguments.of(ReportPatterns.TITLE_BROKEN_AFTER, "中央预算执行和其他财政收支的", "关于巡察整改情况的报告"),
                Arguments.of(ReportPatterns.TITLE_HEAD, "关于落实《方案》整改措施", "海南省发展和改革委员会"),
                Arguments.of(ReportPatterns.MERGED_TITLE, "《某报告》 问题企业整改情况通报 为了", "《某某专项监管报告》披露"),
                Arguments.of(ReportPatterns.ORG_NAME_LINE, "中共某省某局党组", "县审计局："),
                Arguments.of(ReportPatterns.ORG_SUBJECT, "监管，国家能源局及派出机构对企业", "市委第二巡察组对市局"),
                Arguments.of(ReportPatterns.ORG_SELF, "我局", "某局"));
    }

    @ParameterizedTest
    @MethodSource("inlinePatterns")
    void inlinePatternFindsItsExampleAndNotTheCounterExample(Pattern p, String yes, String no) {
        assertTrue(p.matcher(yes).find(), p + " should find in " + yes);
        assertFalse(p.matcher(no).find(), p + " should not find in " + no);
    }

    private static String countAt(String text) {
        Matcher m = CountPatterns.COUNT.matcher(text);
        return m.find() ? m.group() : "";
    }

    @Test
    void countPatternReadsNumbersWithUnitsButNotDatesOrWords() {
        assertEquals("22次", countAt("开展集中学习22次"));
        assertEquals("80.6㎡", countAt("实际使用面积80.6㎡"));
        assertEquals("**多万元", countAt("现金捐款累计**多万元"));
        assertEquals("三十五项", countAt("排查三十五项"));
        assertEquals("1200万人", countAt("城镇新增就业1200万人以上"));
        assertEquals("2.5万亿元", countAt("减税约2.5万亿元"));
        assertEquals("5%", countAt("增长5%左右"));
        assertEquals("", countAt("2023年*月**日"));
        assertEquals("", countAt("重点项目"));
    }

    @Test
    void statedTotalGroupsCarryTheNumbers() {
        Matcher m = CountPatterns.TOTAL_AREAS_PROBLEMS.matcher("指出存在3个方面12项问题");
        assertTrue(m.find());
        assertEquals("3", m.group("a"));
        assertEquals("12", m.group("n"));
    }
}
