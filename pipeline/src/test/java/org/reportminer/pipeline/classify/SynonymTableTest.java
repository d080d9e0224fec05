package org.reportminer.pipeline.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SynonymTableTest {

    private final SynonymTable table = SynonymTable.bundled();

    @Test
    void variantsBecomeTheirCanonicalTermLongestFirst() {
        assertEquals("落实一岗双责结合不够", table.normalise("落实党建责任与岗位职责结合不够"));
        assertEquals("主要负责人带头不够", table.normalise("一把手带头不够"));
        assertEquals("形式主义官僚主义仍然突出", table.normalise("形式主义、官僚主义仍然突出"));
        assertEquals("领导班子履职", table.normalise("领导班子成员履职"));
    }

    @Test
    void conceptsAreListedInTextOrderOnce() {
        assertEquals(Set.copyOf(List.of("领导班子", "一岗双责")), table.concepts("班子成员一岗双责意识不强，领导班子……"));
    }
}
