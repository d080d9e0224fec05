package org.reportminer.cli.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.store.ReportSummary;
import org.reportminer.index.schema.Level;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.search.SearchResult;

/** The read side called directly on one store of two generated reports: search, stats, list, show, reindex. */
class StoreUseCasesTest {
    @TempDir
    static Path dir;
    private static Path store;
    private static String a2022;
    private static String b2021;

    @BeforeAll
    static void ingest() throws IOException {
        store = dir.resolve("store");
        a2022 = GeneratedReports.ingest(store, MetadataOverrides.fromOptions("青禾市文化和旅游局", 2022, null),
                GeneratedReports.write(dir.resolve("in"), "a.txt", "巡察整改进展情况", "个别")).reports().get(0).id();
        b2021 = GeneratedReports.ingest(store, MetadataOverrides.fromOptions("岚溪县农业农村局", 2021, null),
                GeneratedReports.write(dir.resolve("in"), "b.txt", "巡察整改进展情况", "部分")).reports().get(0).id();
    }

    @Test
    void searchFindsFindingsWithTheirFacetsAndMarksTheMatch() throws IOException {
        SearchResult r = new SearchUseCase(GeneratedReports.services()).search(new SearchRequest(store,
                SearchQuery.of("沉淀资金").withLevel(Level.MEASURE), null, HighlightTags.BRACKETS));
        assertEquals(2, r.total());
        assertTrue(r.hits().get(0).highlighted().contains("【"), r.hits().get(0).highlighted());
        assertEquals(2, r.facets().org().size(), r.facets().toString());
    }

    @Test
    void searchWithoutAnIndexOrWithAMissingSynonymFileSaysWhatIsWrong() throws IOException {
        Path bare = Files.createDirectories(dir.resolve("bare/reports")).getParent();
        CliException noIndex = assertThrows(CliException.class, () -> new SearchUseCase(GeneratedReports.services())
                .search(new SearchRequest(bare, SearchQuery.of("整改"), null, HighlightTags.BRACKETS)));
        assertEquals(ExitCodes.INPUT_PROBLEMS, noIndex.exitCode());
        assertTrue(noIndex.getMessage().startsWith("no index at " + bare.resolve("index")), noIndex.getMessage());
        CliException synonyms = assertThrows(CliException.class, () -> new SearchUseCase(GeneratedReports.services())
                .search(new SearchRequest(store, SearchQuery.of("整改"), dir.resolve("syn.txt"), HighlightTags.BRACKETS)));
        assertEquals(ExitCodes.USAGE, synonyms.exitCode());
        assertEquals("--synonyms " + dir.resolve("syn.txt") + ": no such file", synonyms.getMessage());
    }

    @Test
    void statsCountsTheIndexAndFindsItInStepWithTheStore() throws IOException {
        StatsOutcome s = new StatsUseCase(GeneratedReports.services()).stats(store, new RecordingListener());
        assertEquals(2, s.index().reports().total());
        assertEquals(4, s.index().findings().total());
        assertEquals(new StatsOutcome.Consistency(2, 2, 0, 0, true, null), s.consistency());
    }

    @Test
    void listOrdersByYearAndShowFindsAReportByIdPrefixOrSourcePath() {
        CatalogUseCase catalog = new CatalogUseCase();
        assertEquals(List.of(b2021, a2022),
                catalog.list(store, new RecordingListener()).stream().map(ReportSummary::id).toList());
        assertEquals(a2022, catalog.show(store, a2022.substring(0, 6), dir, new RecordingListener()).id());
        assertEquals(b2021, catalog.show(store, "in/b.txt", dir, new RecordingListener()).id());
        CliException none = assertThrows(CliException.class,
                () -> catalog.show(store, "ffffffff", dir, new RecordingListener()));
        assertEquals(ExitCodes.INPUT_PROBLEMS, none.exitCode());
        assertTrue(catalog.failedChecks(store, new RecordingListener()).stream()
                .allMatch(f -> !f.check().ok()));
    }

    @Test
    void reindexIndexesEveryStoredReportWithOneStepEach() throws IOException {
        RecordingListener listener = new RecordingListener();
        ReindexUseCase.Outcome done = new ReindexUseCase(GeneratedReports.services()).reindex(store, false, listener);
        assertEquals(new ReindexUseCase.Outcome(store.resolve("index"), 2, 0, 0), done);
        assertEquals("started reindex 2", listener.events.get(0));
        assertEquals(2, listener.starting("stepped ").size());
        assertEquals("finished", listener.events.get(listener.events.size() - 1));
        assertNull(new StatsUseCase(GeneratedReports.services()).stats(store, listener).consistency().warning());
    }
}
