package org.reportminer.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.index.analysis.MaxMatchSegmenter;
import org.reportminer.index.schema.Level;
import org.reportminer.index.write.ReportIndexer;

/**
 * Issue 9, queries: every query text either runs or fails with a one-line {@link QueryException} that quotes at
 * most 80 characters of it; nothing else escapes the searcher, whatever the text.
 */
class QueryLimitsTest {

    @TempDir
    Path tmp;
    private final MaxMatchSegmenter segmenter = MaxMatchSegmenter.reportWords();
    private ReportSearcher searcher;

    @BeforeEach
    void indexFixtures() throws IOException {
        try (ReportIndexer indexer = ReportIndexer.open(tmp.resolve("index"), segmenter)) {
            indexer.indexBatch(TestReports.all());
        }
        searcher = ReportSearcher.open(tmp.resolve("index"), segmenter);
    }

    @AfterEach
    void close() throws IOException {
        searcher.close();
    }

    private QueryException refused(String query) {
        return assertThrows(QueryException.class, () -> searcher.search(SearchQuery.of(query)));
    }

    /** Issue 9: 10,000 nested parentheses overflowed the parser's stack. */
    @Test
    void deepNestingIsRefusedBeforeTheParserRecurses() {
        String within = "(".repeat(SearchQuery.MAX_NESTING + 1) + "巡察" + ")".repeat(SearchQuery.MAX_NESTING + 1);
        assertEquals("bad query '" + within + "': parentheses are nested 33 levels deep; "
                + "at most 32 are allowed", refused(within).getMessage());
        assertTrue(refused("(".repeat(10_000) + "巡察").getMessage().contains("at most 1000 are allowed"));
    }

    @Test
    void nestingCountsOnlyParenthesesOutsidePhrasesAndEscapes() {
        assertEquals(2, QueryText.nesting("(a (b) \"(((\" \\( (c))"));
        assertEquals(0, QueryText.nesting("\"((((\""));
        assertEquals(1, QueryText.nesting("(a))))"));
    }

    @Test
    void aQuoteIsCutAfter80CharactersAndShowsControlCharactersEscaped() {
        assertEquals("'" + "字".repeat(80) + "…'", QueryText.quote("字".repeat(81)));
        assertEquals("'" + "字".repeat(80) + "'", QueryText.quote("字".repeat(80)));
        assertEquals("'a\\u001B[31mb'", QueryText.quote("a\u001b[31mb"));
    }

    /** Issue 9: {@code level:xyz} silently found nothing. */
    @Test
    void aLevelOrStatusValueOutsideItsSetIsRefusedListingTheValues() {
        assertEquals("bad query 'level:xyz': unknown level 'xyz'; use one of: report, section, finding, measure, count",
                refused("level:xyz").getMessage());
        assertEquals("bad query '巡察 AND status:\"half done\"': unknown status 'half done'; use one of: DONE, "
                + "IN_PROGRESS, ONGOING, PLANNED, UNKNOWN", refused("巡察 AND status:\"half done\"").getMessage());
        IllegalArgumentException option = assertThrows(IllegalArgumentException.class,
                () -> SearchQuery.of("").withStatus("finished"));
        assertTrue(option.getMessage().startsWith("unknown status 'finished'; use one of: DONE"), option.getMessage());
    }

    @Test
    void knownLevelAndStatusValuesMatchInAnyCase() throws Exception {
        SearchResult r = searcher.search(SearchQuery.of("level:Measure AND status:done"));
        assertEquals(4, r.total(), "four DONE measures in the fixtures");
    }

    /** A query of only negated words lists everything else, as the user means, rather than nothing. */
    @Test
    void aPurelyNegativeQueryMatchesEveryDocumentWithoutTheWord() throws Exception {
        SearchQuery q = SearchQuery.of("-三会一课").withLevel(Level.FINDING).withLimit(50);
        SearchResult r = searcher.search(q);
        assertEquals(6, r.total(), "8 findings, 2 of them about 三会一课");
        r.hits().forEach(h -> assertTrue(!h.text().contains("三会一课"), h.text()));
        assertEquals(6, searcher.search(q.withLevel(Level.FINDING).withLimit(50)).total());
        assertEquals(r.total(), searcher.search(SearchQuery.of("NOT 三会一课").withLevel(Level.FINDING)).total());
        assertEquals(1, searcher.search(SearchQuery.of("整改 AND (-三会一课 -一岗双责 -主要负责人)")
                .withLevel(Level.FINDING)).total(), "a negative group inside a query works too");
    }

    @Test
    void aMalformedRegularExpressionIsAQueryErrorNotAnInternalOne() {
        assertTrue(refused("text:/[/").getMessage().startsWith("bad query 'text:/[/': "));
        assertTrue(refused("text:/a{1,1000}{1,1000}{1,1000}/").getMessage().startsWith("bad query "));
    }

    /**
     * Random query text from the syntax's own characters, up to the length limit: each query runs or is refused
     * with a short one-line message; no other exception and no stack overflow.
     */
    @Test
    void randomQueryTextEitherRunsOrIsRefusedOnOneShortLine() {
        String[] pieces = {"(", ")", "\"", "\\", "巡察", "整改", " ", "AND ", "OR ", "NOT ", "-", "+", "*", "?", "~",
            "^2", ":", "level:", "status:", "year:", "org:", "[", "]", "{", "}", " TO ", "/", "a", "1", "&&", "||", "!"};
        Random random = new Random(9);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(i % 10 == 0 ? 600 : 12);
            for (int j = 0; j < n; j++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String query = sb.toString();
            try {
                searcher.search(SearchQuery.of(query));
            } catch (QueryException e) {
                assertTrue(e.getMessage().length() < 400, query + " -> " + e.getMessage());
                assertTrue(e.getMessage().lines().count() == 1, query + " -> " + e.getMessage());
            } catch (Exception | Error e) {
                throw new AssertionError("query " + QueryText.quote(query) + " threw " + e, e);
            }
        }
    }
}
