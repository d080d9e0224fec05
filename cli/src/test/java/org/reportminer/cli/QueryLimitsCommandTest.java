package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, queries: hostile query text is a short usage error (exit 2) quoting at most 80 characters; a query that
 * starts with {@code -} goes after {@code --}; closed-set field values are checked.
 */
class QueryLimitsCommandTest {
    private static SharedStore store;

    @BeforeAll
    static void ingest() {
        store = SharedStore.get();
    }

    private static void assertShortUsageError(CliRunner.Result r) {
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
        assertTrue(r.err().length() < 300, "stderr is " + r.err().length() + " chars: " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("Error"), r.toString());
        assertEquals("", r.out());
    }

    /** Issue 9: 10,000 nested parentheses gave a StackOverflowError, exit 1 and 1,024 lines of trace. */
    @Test
    void tenThousandNestedParenthesesAreAShortUsageError() {
        CliRunner.Result r = store.run("search", "(".repeat(10_000) + "整改" + ")".repeat(10_000));
        assertShortUsageError(r);
        assertTrue(r.err().startsWith("reportminer: bad query '((((("), r.toString());
    }

    @Test
    void nestingDeeperThan32LevelsIsRefusedAnd32LevelsRun() {
        CliRunner.Result deep = store.run("search", "(".repeat(33) + "整改" + ")".repeat(33));
        assertShortUsageError(deep);
        assertTrue(deep.err().contains("nested 33 levels deep; at most 32 are allowed"), deep.toString());
        CliRunner.Result ok = store.run("search", "--json", "(".repeat(32) + "整改" + ")".repeat(32));
        assertEquals(0, ok.exitCode(), ok.toString());
        assertTrue(SharedStore.json(ok.out()).get("total").asInt() > 0, ok.out());
    }

    @Test
    void parenthesesInsideAQuotedPhraseDoNotCountAsNesting() {
        CliRunner.Result r = store.run("search", "--json", "\"" + "(".repeat(40) + "整改\"");
        assertEquals(0, r.exitCode(), r.toString());
    }

    /** Issue 9: a 100k-character query echoed 300 KB in its "one-line" error. */
    @Test
    void aHundredThousandCharacterQueryIsRefusedQuotingItsFirst80Characters() {
        String query = "整改".repeat(50_000);
        CliRunner.Result r = store.run("search", query);
        assertShortUsageError(r);
        assertEquals("reportminer: bad query '" + query.substring(0, 80) + "…': it is 100000 characters long; "
                + "at most 1000 are allowed", r.err().strip());
    }

    @Test
    void aLongQueryWithASyntaxErrorQuotesAtMost80Characters() {
        String query = "巡察 ".repeat(300) + "AND";
        CliRunner.Result r = store.run("search", query);
        assertShortUsageError(r);
        assertTrue(r.err().startsWith("reportminer: bad query '" + query.substring(0, 80) + "…': "), r.toString());
    }

    /** Issue 9: {@code -整改} was taken as an option. After {@code --} it is the query "without 整改". */
    @Test
    void aQueryStartingWithMinusRunsAfterDoubleDashAndExcludesTheWord() {
        CliRunner.Result r = store.run("search", "--json", "--level", "finding", "--limit", "200", "--", "-整改");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode result = SharedStore.json(r.out());
        assertTrue(result.get("total").asInt() > 0, "a purely negative query lists everything else: " + r.out());
        for (JsonNode hit : result.get("hits")) {
            assertFalse(hit.get("text").asText().contains("整改"), hit.toString());
        }
        JsonNode all = SharedStore.json(store.run("search", "--json", "--level", "finding").out());
        assertTrue(result.get("total").asInt() < all.get("total").asInt(), "some findings name 整改");
    }

    @Test
    void aQueryStartingWithMinusWithoutDoubleDashIsAUsageErrorThatSuggestsIt() {
        CliRunner.Result r = store.run("search", "-整改");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().startsWith("Unknown option: '-整改'"), r.toString());
        assertTrue(r.err().contains("reportminer search -- -整改"), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void searchHelpSaysAQueryStartingWithMinusGoesAfterDoubleDash() {
        CliRunner.Result r = new CliRunner(store.workDir()).run("search", "--help");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("reportminer search -- -整改"), r.out());
        assertTrue(r.out().contains("1000 characters"), r.out());
    }

    /** Issue 9: {@code level:xyz} silently gave 0 hits. */
    @Test
    void anUnknownLevelOrStatusValueIsAUsageErrorListingTheAllowedValues() {
        CliRunner.Result level = store.run("search", "level:xyz");
        assertShortUsageError(level);
        assertEquals("reportminer: bad query 'level:xyz': unknown level 'xyz'; use one of: report, section, finding, "
                + "measure, count", level.err().strip());
        CliRunner.Result status = store.run("search", "整改 AND status:finished");
        assertShortUsageError(status);
        assertTrue(status.err().contains("unknown status 'finished'; use one of: DONE, IN_PROGRESS, ONGOING, PLANNED, "
                + "UNKNOWN"), status.toString());
        CliRunner.Result option = store.run("search", "--status", "finished", "整改");
        assertEquals(ExitCodes.USAGE, option.exitCode(), option.toString());
        assertTrue(option.err().contains("unknown status 'finished'"), option.toString());
        CliRunner.Result ok = store.run("search", "--json", "level:FINDING AND status:done");
        assertEquals(0, ok.exitCode(), ok.toString());
        assertTrue(SharedStore.json(ok.out()).get("total").asInt() > 0, ok.out());
    }

    @Test
    void anUnknownFieldNameIsAUsageErrorListingTheFields() {
        CliRunner.Result r = store.run("search", "colour:red");
        assertShortUsageError(r);
        assertTrue(r.err().contains("unknown field 'colour'; use one of: level, "), r.toString());
    }
}
