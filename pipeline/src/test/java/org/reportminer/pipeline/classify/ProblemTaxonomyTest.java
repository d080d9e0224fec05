package org.reportminer.pipeline.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTaxonomyTest {

    private final ProblemTaxonomy taxonomy = ProblemTaxonomy.bundled();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "对上级重大决策部署贯彻执行打折扣，请示报告制度落实不严格 | 政治建设",
        "机关干部理论学习浮于表面，读原著学原文不够 | 理论学习",
        "对本单位微信公众号发布信息审核不严，网络舆情应对迟缓 | 意识形态",
        "个别党支部主题党日活动内容单一，党员教育管理松散 | 组织建设/基层党建",
        "后备干部储备不足，干部梯队建设滞后 | 干部队伍",
        "一些科室会多文多，填表报数加重下属单位负担 | 作风/形式主义官僚主义",
        "管业务必须管党建的要求落实不到位 | 主体责任/一岗双责",
        "个别干部节日期间收受服务对象购物卡 | 廉洁纪律",
        "专项资金使用不规范，部分票据不合规 | 财务/经费",
        "场馆运营管理粗放，服务对象满意度不高 | 业务履职",
        "办公楼电梯老旧，雨季漏水 | 其他"
    })
    void classifiesOwnSentencesIntoTheExpectedCategory(String sentence, String category) {
        Categorised c = taxonomy.classify(sentence);
        assertEquals(category, c.category(), () -> sentence + " → " + c);
        if (!category.equals(ProblemTaxonomy.OTHER)) {
            assertTrue(!c.evidence().isEmpty());
        }
    }

    @Test
    void evidenceNamesTheCueTermsThatDecided() {
        Categorised c = taxonomy.classify("班子成员落实党建责任与岗位职责结合不紧");
        assertEquals("主体责任/一岗双责", c.category());
        assertEquals(java.util.List.of("一岗双责"), c.evidence());
    }

    @Test
    void categoriesFollowTheResourceOrderWithOtherLast() {
        var cats = taxonomy.categories();
        assertEquals(11, cats.size());
        assertEquals("政治建设", cats.get(0));
        assertEquals("业务履职", cats.get(9));
        assertEquals(ProblemTaxonomy.OTHER, cats.get(10));
    }

    @Test
    void anEditedTaxonomyFileIsUsedAndABadLineIsReportedWithTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("tax.txt");
        Files.writeString(f, "# mine\n安全生产: 消防, 隐患\n");
        ProblemTaxonomy mine = ProblemTaxonomy.fromFile(f, SynonymTable.bundled());
        assertEquals("安全生产", mine.classify("消防通道堆放杂物").category());
        Files.writeString(f, "没有冒号的一行\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProblemTaxonomy.fromFile(f, SynonymTable.bundled()));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    }
}
