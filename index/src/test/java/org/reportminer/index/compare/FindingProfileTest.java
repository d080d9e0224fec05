package org.reportminer.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.pipeline.classify.ProblemTaxonomy;
import org.reportminer.pipeline.classify.SynonymTable;
import org.reportminer.pipeline.text.CompareText;

class FindingProfileTest {

    private static final String TEXT = "主要负责人履行全面从严治党主体责任不到位，一把手对班子成员监督不力，"
            + "落实中央八项规定精神不严格，违规发放津贴补贴，公务接待超标准，财务报销手续不全，"
            + "选人用人把关不严，干部档案管理不规范，巡视整改不到位，形式主义官僚主义问题突出";

    private static FindingProfile profile() {
        SynonymTable synonyms = SynonymTable.bundled();
        return FindingProfile.of(0, 0, new FindingRef("a", 2021, "F1", TEXT), ProblemTaxonomy.bundled(), synonyms);
    }

    @Test
    void bigramsIterateInTheOrderTheyOccurInTheText() {
        FindingProfile p = profile();
        List<String> expected = new ArrayList<>(CompareText.hanBigrams(p.normalised()));
        assertTrue(expected.size() > 20, "enough bigrams that a hash order cannot match by chance");
        assertEquals(expected, new ArrayList<>(p.bigrams()));
    }

    @Test
    void conceptsIterateSynonymsInTextOrderThenTaxonomyCues() {
        SynonymTable synonyms = SynonymTable.bundled();
        FindingProfile p = profile();
        LinkedHashSet<String> expected = new LinkedHashSet<>(synonyms.concepts(p.normalised()));
        expected.addAll(ProblemTaxonomy.bundled().allCuesInNormalised(p.normalised()));
        assertTrue(expected.size() > 3, "enough concepts that a hash order cannot match by chance: " + expected);
        assertEquals(new ArrayList<>(expected), new ArrayList<>(p.concepts()));
    }

    @Test
    void profileSetsCannotBeChanged() {
        FindingProfile p = profile();
        assertThrows(UnsupportedOperationException.class, () -> p.bigrams().add("新增"));
        assertThrows(UnsupportedOperationException.class, () -> p.concepts().clear());
    }
}
