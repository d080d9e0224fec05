package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.testing.SharedData;

class ReportExtractorConcurrencyTest {

    @Test
    void oneExtractorSharedByThreadsGivesTheSameResultAsSequentialRuns() throws Exception {
        ReportExtractor x = ReportExtractor.standard();
        List<String> texts = List.of(SharedData.seedText("000"), SharedData.seedText("001"));
        List<Extraction> expected = texts.stream().map(x::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String t = texts.get(i % 2);
                futures.add(pool.submit(() -> x.extract(t)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % 2), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
