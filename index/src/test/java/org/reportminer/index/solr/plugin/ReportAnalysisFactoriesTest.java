package org.reportminer.index.solr.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Our factories load by SPI name, as Solr's schema names them, and reject parameters they do not know. */
class ReportAnalysisFactoriesTest {

    private static List<String> terms(TokenStream ts) throws Exception {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(term.toString());
        }
        ts.end();
        ts.close();
        return out;
    }

    @Test
    void tokenizerLoadsByNameAndKeepsDomainTermsWhole() throws Exception {
        TokenizerFactory f = TokenizerFactory.forName("reportminerWords", new HashMap<>());
        assertInstanceOf(ReportTokenizerFactory.class, f);
        Tokenizer t = f.create();
        t.setReader(new StringReader("落实三会一课制度"));
        // 三会一课制度 is a domain term: plain HanLP would cut it into 三/会/一/课/制度
        assertEquals(List.of("落实", "三会一课制度"), terms(t));
    }

    @Test
    void synonymFilterLoadsByNameAndExpandsTheBundledRules() throws Exception {
        TokenFilterFactory f = TokenFilterFactory.forName("reportminerSynonyms", new HashMap<>());
        Tokenizer t = TokenizerFactory.forName("reportminerWords", new HashMap<>()).create();
        t.setReader(new StringReader("一把手"));
        // the rules are analysed into words, so 主要负责人 comes out as the path 主要 负责人 beside 一把手
        List<String> out = terms(f.create(t));
        assertTrue(out.containsAll(List.of("一把手", "主要", "负责人")), out.toString());
    }

    @Test
    void unknownParametersAreRejected() {
        IllegalArgumentException words = assertThrows(IllegalArgumentException.class,
                () -> new ReportTokenizerFactory(new HashMap<>(Map.of("dictionary", "x.txt"))));
        assertEquals("Unknown parameters: {dictionary=x.txt}", words.getMessage());
        IllegalArgumentException syn = assertThrows(IllegalArgumentException.class,
                () -> new ReportSynonymFilterFactory(new HashMap<>(Map.of("synonyms", "s.txt"))));
        assertEquals("Unknown parameters: {synonyms=s.txt}", syn.getMessage());
    }
}
