package org.reportminer.pipeline.segment.hanlp;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.reportminer.pipeline.segment.DomainTerms;
import org.reportminer.pipeline.segment.Segmenter;
import org.reportminer.pipeline.segment.Token;

/**
 * {@link Segmenter} backed by HanLP's Viterbi segmenter with part-of-speech tags and offsets.
 *
 * <p>Built once: the constructor loads HanLP's core dictionary (about a second the first time in a JVM) and a
 * per-instance {@link DynamicCustomDictionary} holding HanLP's default custom words plus the {@link DomainTerms}, so
 * two segmenters with different user dictionaries never see each other's words (the global {@code CustomDictionary}
 * is never touched). HanLP's global {@code Normalization} stays off: terms are the input's own characters.
 * Number-quantifier merging stays off because it splits words such as 下一步 into 下/一步; counts are read from
 * the raw text elsewhere.
 *
 * <p>{@link #wordsOnly()} gives the same words without the tagging pass, for the index.
 *
 * <p>Thread-safe after construction: {@link #segment} only reads the dictionaries and keeps no per-call state in
 * fields.
 */
public final class HanlpSegmenter implements Segmenter {

    /** Nature given to domain terms in the custom dictionary. */
    private static final String TERM_NATURE = "nz 1024";

    private final Segment segment;
    private final HanlpSegmenter wordsOnly;

    /** A segmenter with the built-in domain terms. */
    public HanlpSegmenter() {
        this(DomainTerms.builtIn());
    }

    /** A segmenter whose custom dictionary holds HanLP's default custom words plus {@code terms}. */
    public HanlpSegmenter(DomainTerms terms) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        for (String term : terms.terms()) {
            dictionary.insert(term, TERM_NATURE);
        }
        this.segment = viterbi(dictionary, true);
        this.wordsOnly = new HanlpSegmenter(viterbi(dictionary, false));
    }

    private HanlpSegmenter(Segment segment) {
        this.segment = segment;
        this.wordsOnly = this;
    }

    private static Segment viterbi(DynamicCustomDictionary dictionary, boolean tagging) {
        return new ViterbiSegment()
                .enableCustomDictionary(dictionary)
                .enableOffset(true)
                .enablePartOfSpeechTagging(tagging)
                .enableNumberQuantifierRecognize(false)
                .enableNormalization(false);
    }

    /**
     * The same words without HanLP's second, part-of-speech Viterbi pass (about 2.5 times faster): HanLP fixes the
     * words, names included, before it tags them, so only the tags differ, each word getting its most frequent
     * one. Shares this segmenter's dictionaries.
     */
    @Override
    public Segmenter wordsOnly() {
        return wordsOnly;
    }

    /** Looks the word up in HanLP's core dictionary (already loaded by the segmenter; a read-only trie). */
    @Override
    public boolean isMeasureWord(String word) {
        CoreDictionary.Attribute attribute = word.isEmpty() ? null : CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            if (nature == Nature.q || nature == Nature.qv) {
                return true;
            }
        }
        return false;
    }

    /** HanLP lists a word's natures most frequent first. */
    @Override
    public boolean isMainlyMeasureWord(String word) {
        CoreDictionary.Attribute attribute = word.isEmpty() ? null : CoreDictionary.get(word);
        return attribute != null && attribute.nature.length > 0
                && (attribute.nature[0] == Nature.q || attribute.nature[0] == Nature.qv);
    }

    @Override
    public List<Token> segment(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Term> terms = segment.seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String word = term.word;
            int start = term.offset;
            int end = start + word.length();
            if (word.isBlank()) {
                continue;
            }
            if (end > text.length() || !text.regionMatches(start, word, 0, word.length())) {
                throw new IllegalStateException("HanLP returned '" + word + "' at " + start
                        + " which is not the input's text there");
            }
            tokens.add(new Token(word, start, end, term.nature == null ? "x" : term.nature.toString()));
        }
        return tokens;
    }
}
