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
}
