package org.reportminer.index.write;

import java.nio.file.Path;
import java.util.List;
import org.reportminer.index.analysis.MaxMatchSegmenter;
import org.reportminer.index.search.TestReports;

/**
 * The child process of {@link ReportIndexerTest#killedProcessLeavesTheLastCommitSearchable}: commits one report,
 * writes a second one to segment files without committing, says so, and waits to be killed.
 */
public final class KilledIndexerMain {

    public static void main(String[] args) throws Exception {
        ReportIndexer indexer = ReportIndexer.open(Path.of(args[0]), MaxMatchSegmenter.reportWords());
        indexer.indexBatch(List.of(TestReports.minzheng2021()));
        indexer.index(TestReports.jiaotong2023());
        indexer.index(TestReports.minzheng2022());
        indexer.flushForTest();
        System.out.println("FLUSHED");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
