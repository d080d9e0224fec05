package org.reportminer.pipeline;

import org.reportminer.corpus.model.Extraction;

/** Manual probe: prints an extraction summary (not a test). */
public final class Probe {
    public static void main(String[] args) throws Exception {
        ReportExtractor x = new ReportExtractor();
        for (String a : args) {
            String text = a.length() <= 3 ? Shared.seedText(a) : Shared.read(java.nio.file.Path.of(a));
            Extraction e = x.extract(text);
            System.out.println(new org.reportminer.pipeline.json.ExtractionJson().write(e));
        }
    }
}
