package org.reportminer.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Count;
import org.reportminer.pipeline.segment.DomainTerms;
import org.reportminer.pipeline.segment.hanlp.HanlpSegmenter;

class CountExtractorTest {

    private static CountExtractor counts;

    @BeforeAll
    static void build() {
        counts = new CountExtractor(new HanlpSegmenter(), DomainTerms.builtIn());
    }

    private static String render(String text) {
        List<Count> found = counts.extract(text);
        for (Count c : found) {
            assertEquals(c.surface(), text.substring(c.start(), c.end()));
        }
        return String.join(" ", found.stream().map(c -> c.surface() + "=" + (c.value() == null ? "?" : c.value()
                .toPlainString()) + c.unit() + (c.qualifier() == null ? "" : "~" + c.qualifier())
                + (c.parts().isEmpty() ? "" : c.parts().stream().map(Count::surface).toList().toString())).toList());
    }

    @Test
    void ordinalsDatesAndFixedTermsAreNotCounts() {
        assertEquals("", render("市委第一巡察组学习党的十九届六中全会和二十届中央纪委二次全会精神，落实八项规定，做到两个维护，运用四种形态。"));
        assertEquals("", render("2023年*月**日，对2020年1月以来的支出进行梳理，第十一次全国侨代会，统一项目管理。"));
    }

    @Test
    void maskedDigitsGiveACountWithoutValue() {
        List<Count> c = counts.extract("青禾市文化旅游局开展学习**次，捐款**多万元。");
        assertEquals(2, c.size());
        assertTrue(c.get(0).masked());
        assertNull(c.get(0).value());
        assertEquals("次", c.get(0).unit());
        assertEquals("学习", c.get(0).object());
        assertEquals("多", c.get(1).qualifier());
        assertEquals("元", c.get(1).unit());
    }

    @Test
    void chineseMixedAndApproximateNumbersAreRead() {
        assertEquals("三十五项=35项 一百零二人=102人 1.2万户=12000户 超过60天=60天~超过 300余家=300家~余 5%左右=5%~左右",
                render("排查三十五项，培训一百零二人，惠及1.2万户，调研超过60天，服务300余家企业，增长5%左右。"));
    }

    @Test
    void breakdownPartsNestInTheirTotal() {
        assertEquals("20处=20处[5处, 15处] 20条=20条", render("共排查隐患20处，其中重大隐患5处，一般隐患15处，制定措施20条。"));
        List<Count> c = counts.extract("共排查隐患20处，其中重大隐患5处，一般隐患15处。");
        assertEquals("隐患", c.get(0).object());
        assertEquals(List.of(new BigDecimal(5), new BigDecimal(15)), c.get(0).parts().stream().map(Count::value).toList());
    }

    @Test
    void breakdownPartsMayHaveLongLabels() {
        assertEquals("57家=57家[20家, 30家, 7家]",
                render("检查经营单位57家，其中歌舞娱乐场所20家、互联网上网服务营业场所30家、剧本娱乐经营场所7家。"));
    }

    @Test
    void aSingleQiZhongPartIsASubsetNotABreakdown() {
        assertEquals("80份=80份 9份=9份", render("抽查合同80份，其中条款不完整的9份。"));
    }

    // Issue 11 item 3: counts with an open vocabulary.

    @Test
    void aNumberBeforeAnyMeasureWordTheSegmenterKnowsIsACount() {
        assertEquals("17眼=17眼 8艘次=8艘次 5门=5门 36笔=36笔",
                render("关停自备井17眼，出动执法船8艘次，开设课程5门，涉及资金36笔。"));
        assertEquals("三艘=3艘 两笔=2笔", render("新购执法船三艘，退回资金两笔。"));
    }

    @Test
    void chineseNumeralsBeforeOneCharacterInSlogansAndNamesAreNotCounts() {
        assertEquals("", render("融入“六链五群”供需配套，构建“一核两副三带四区”格局，搞好三河三湖治理，“新三样”出口增长，"
                + "美苏两国，二十国集团峰会。"));
        // 突破 before a Chinese numeral is the verb (突破一批关键技术), not an approximation
        assertEquals("一批=1批", render("突破一批关键核心技术。"));
    }

    @Test
    void anArabicNumberClosingItsClauseWithAOneCharacterNounIsACount() {
        assertEquals("3省=3省 26县=26县", render("督查覆盖3省26县，发现问题若干。"));
    }

    @Test
    void measureWordsInsideLongerWordsArePointsOrGradesAreNotOpenCounts() {
        // 台账 is a word, 号/级/千伏 name a point or a grade, 至 and 比 join two numbers
        assertEquals("", render("建立3台账管理制度，印发国能资质〔2016〕351号文件，启动3级响应，建成750千伏线路。"));
        assertEquals("", render("比例为1比1，期限3至5年，位于29号楼，电话029-63913122，时间8：00—17：00。"));
        // conjunctions the dictionary also lists as measure words, and masked names
        assertEquals("", render("增长4.2和3.1，覆盖20万等地区，指导**区设立服务站，建成**站。"));
        assertEquals("24小时=24小时", render("提供7×24小时服务。"));
    }

    @Test
    void scaledCompoundAndRateUnitsKeepTheirScaleInTheValue() {
        assertEquals("1000万吨/年=10000000吨/年 5万立方米/日=50000立方米/日 200元/人/月=200元/人/月 "
                        + "35微克/立方米=35微克/立方米 300吨/日=300吨/日",
                render("产能1000万吨/年，日处理5万立方米/日，补贴200元/人/月，浓度35微克/立方米，处理能力300吨/日。"));
        assertEquals("1200万人次=12000000人次 5万辆=50000辆 120万千瓦=1200000千瓦 3.5亿元=350000000元",
                render("接待游客1200万人次，推广新能源汽车5万辆，装机120万千瓦，投资3.5亿元。"));
        assertEquals("5大项=5大项 20子项=20子项 4大类=4大类", render("共5大项20子项，分4大类。"));
        assertEquals("2×66万千瓦=1320000千瓦", render("建设2×66万千瓦煤电项目。"));
    }

    @Test
    void traditionalNumeralsAndUnitsAreReadAndTheSurfaceKeepsThem() {
        assertEquals("12項=12项 3個=3个 1.2萬元=12000元 5億元=500000000元 8處=8处 10條=10条 3場=3场 36筆=36笔",
                render("共12項問題，3個單位，1.2萬元，5億元，8處，10條，3場，36筆。"));
    }

    @Test
    void approximateFormsAreKeptAsQualifiers() {
        assertEquals("近20项=20项~近 超过30个=30个~超过 100余人=100人~余 200多家=200家~多 逾50个=50个~逾 "
                        + "约3000人=3000人~约 1000人以上=1000人~以上 突破100亿元=10000000000元~突破 超99%=99%~超",
                render("近20项，超过30个，100余人，200多家，逾50个，约3000人，1000人以上，突破100亿元，超99%。"));
    }

    @Test
    void aNumberAfterAnAsciiCommaOrSplitFromItsUnitByASpaceOrALineBreakIsOneCount() {
        assertEquals("11个=11个", render("推进垃圾分类,11个街道全覆盖。"));
        assertEquals("12\n个=12个 12 个=12个", render("整改问题12\n个，制定措施12 个。"));
        // a number that opens its line is a table cell or a label, not the first half of a broken count
        assertEquals("", render("序号\n2\n条块结合不够紧密"));
        assertEquals("", render("附件2\n名词解释"));
        assertEquals("", render("出生率下降到1 0 ．0 6 ‰。"));
        assertEquals("", render("1,200"));
    }

    @Test
    void mPlusQTagsDoNotTurnFixedTermsOrLooseNumeralsIntoCounts() {
        assertEquals("", render("落实三会一课，履行一岗双责，执行三线一单，构建1+N政策体系，深刻领悟两个确立，编制十五五规划。"));
        assertEquals("", render("存在一些问题，这个问题，几个方面，一次性解决，第一次党组会，一是加强学习，统一思想，进一步加强。"));
        assertEquals("", render("十四届省委第七轮巡视，省委第十巡视组，第三轮督察，千村万户，二十届四中全会，古城一号煤矿。"));
    }
}
