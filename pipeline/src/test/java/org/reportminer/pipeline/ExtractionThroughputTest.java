package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.pipeline.segment.Segmenter;

/**
 * Measures extraction throughput on shared/corpora against HanLP segmentation alone on the same text and prints both
 * (no timing assertion: the machine is shared). Figures go to BENCHMARKS.md at the root.
 */
class ExtractionThroughputTest {

    @Test
    void printsExtractionAndSegmentationThroughputOnTheCorpora() {
        ReportExtractor extractor = ReportExtractor.standard();
        Segmenter segmenter = extractor.segmenter();
        List<String> texts = Shared.corpora().stream().map(Shared::read).toList();
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        for (int i = 0; i < 5; i++) {
            extractor.extract(texts.get(i));
        }
        long t0 = System.nanoTime();
        long tokens = 0;
        for (String t : texts) {
            tokens += segmenter.segment(t).size();
        }
        double seg = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        long findings = 0;
        long counts = 0;
        for (String t : texts) {
            var e = extractor.extract(t);
            findings += e.findings().size();
            counts += e.counts().size();
        }
        double ext = (System.nanoTime() - t1) / 1e9;
        System.out.printf("corpora: %d files, %.2f MB UTF-8%n", texts.size(), bytes / 1e6);
        System.out.printf("segmentation alone: %.2f s = %.2f MB/s (%d tokens)%n", seg, bytes / 1e6 / seg, tokens);
        System.out.printf("full extraction:    %.2f s = %.2f MB/s (%d counts, %d findings); extraction/segmentation time = %.2f%n",
                ext, bytes / 1e6 / ext, counts, findings, ext / seg);
        assertTrue(counts > 1000);
    }
}
