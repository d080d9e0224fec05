package org.reportminer.index.solr.plugin;

import org.reportminer.pipeline.segment.DomainTerms;
import org.reportminer.pipeline.segment.Segmenter;
import org.reportminer.pipeline.segment.hanlp.HanlpSegmenter;

/** The one word segmenter of a Solr node (HanLP with the bundled domain terms), loaded on first use. */
final class SharedSegmenter {

    private SharedSegmenter() {
    }

    static Segmenter get() {
        return Holder.WORDS;
    }

    private static final class Holder {
        // Only words are indexed, as in the embedded index: skip the part-of-speech pass.
        static final Segmenter WORDS = new HanlpSegmenter(DomainTerms.builtIn()).wordsOnly();
    }
}
