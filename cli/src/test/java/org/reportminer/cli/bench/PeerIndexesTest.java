package org.reportminer.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.index.schema.Level;
import org.reportminer.index.search.SearchQuery;

/** Issue 15: the peer indexes of {@code bench} index, query and run the recall test. */
class PeerIndexesTest {

    @TempDir
    Path tmp;

    @Test
    void runsAreEveryTwoAndThreeHanCharacterSubstring() {
        assertEquals(List.of("一岗", "岗双", "双责", "一岗双", "岗双责"), PeerIndexes.runs("一岗双责"));
        assertEquals(List.of("整改", "到位"), PeerIndexes.runs("整改，到位"), "no run crosses punctuation");
    }

    @Test
    void bigramPeerFindsEveryRunAndReportsItsFigures() throws Exception {
        List<PeerIndexes.Item> items = List.of(
                new PeerIndexes.Item("r1/F1", Level.FINDING, "甲单位", 2021, "领导班子成员履行一岗双责不到位"),
                new PeerIndexes.Item("r1/F2", Level.FINDING, "甲单位", 2021, "三会一课制度落实不严格"),
                new PeerIndexes.Item("r1/F2/1", Level.MEASURE, "甲单位", 2021, "组织专题学习，已完成"));
        List<SearchQuery> queries = List.of(SearchQuery.of("一岗双责"),
                SearchQuery.of("\"三会一课\"").withLevel(Level.FINDING).withYears(2020, 2022),
                SearchQuery.of("学习 OR 落实").withOrg("甲单位"));
        Map<String, Object> row = PeerIndexes.measure("cjk", new CJKAnalyzer(), items, queries, queries,
                items.subList(0, 2), tmp.resolve("cjk"));
        assertEquals(1.0, row.get("recall"), row.toString());
        assertTrue(row.containsKey("MBps") && row.containsKey("sizeMB") && (Double) row.get("buildSeconds") > 0,
                row.toString());
        assertTrue(row.containsKey("searchP50Ms") && row.containsKey("searchP99Ms"), row.toString());
        assertTrue(!Files.exists(tmp.resolve("cjk")), "the peer index is deleted after measuring");
    }
}
