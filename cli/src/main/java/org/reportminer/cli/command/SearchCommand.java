package org.reportminer.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.index.schema.Level;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.Hit;
import org.reportminer.index.search.QueryException;
import org.reportminer.index.search.ReportSearcher;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reportminer search}: full-text search over reports, findings, measures and counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
        header = "Search reports, findings, measures and counts.",
        description = {"Chinese full-text search with word and character-bigram matching, so any run of two or more",
            "characters from a finding finds it. Query syntax: words, \"exact phrases\", field:value",
            "(level, org, year, kind, status, unit, area, group), AND / OR / NOT. Synonyms of this genre",
            "(一把手/主要负责人, 巡视/巡察 …) are applied; add your own with --synonyms FILE (Solr format).",
            "Matches are marked 【】 (coloured on a terminal); facet counts follow the hits.",
            "A query that starts with - (without the word) goes after --: reportminer search -- -整改",
            "A query is at most 1000 characters, with parentheses nested at most 32 deep; level: and status:",
            "take only the values listed under --level and --status."})
public final class SearchCommand implements Callable<Integer> {
    private static final String ANSI_ON = "\u001b[1;31m";
    private static final String ANSI_OFF = "\u001b[0m";

    private final CliEnv env;
    private final Services services;

    @Mixin
    private StoreOption store;

    @Option(names = "--level", paramLabel = "LEVEL", description = "report, section, finding, measure or count.")
    private String level;

    @Option(names = "--org", paramLabel = "ORG", description = "Only this organisation.")
    private String org;

    @Option(names = "--year", paramLabel = "YEAR|FROM..TO", description = "A year (2021) or a range (2019..2023).")
    private String year;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this report kind.")
    private String kind;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only measures with this status: DONE, IN_PROGRESS, ONGOING, PLANNED, UNKNOWN.")
    private String status;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default 10).")
    private int limit;

    @Option(names = "--synonyms", paramLabel = "FILE", description = "Extra synonyms, Solr format.")
    private Path synonyms;

    @Option(names = "--json", description = "Print total, hits and facets as JSON.")
    private boolean json;

    @Parameters(paramLabel = "QUERY", arity = "0..*",
            description = "The query; empty lists everything filtered. Put it after -- when it starts with -.")
    private java.util.List<String> words = java.util.List.of();

    public SearchCommand(CliEnv env, Services services) {
        this.env = env;
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        SearchQuery q = query();
        Path index = store.index(env);
        if (!Files.isDirectory(index)) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, "no index at " + index
                    + "; ingest reports first (reportminer ingest PATH) or run reportminer reindex");
        }
        Path userSynonyms = synonyms == null ? null : env.resolve(synonyms);
        if (userSynonyms != null && !Files.isRegularFile(userSynonyms)) {
            throw new CliException(ExitCodes.USAGE, "--synonyms " + userSynonyms + ": no such file");
        }
        SearchResult result;
        try (ReportSearcher searcher = ReportSearcher.open(index, services.segmenter(), userSynonyms)) {
            HighlightTags tags = env.tty() && !json ? new HighlightTags(ANSI_ON, ANSI_OFF) : HighlightTags.BRACKETS;
            result = searcher.search(q, tags);
        } catch (QueryException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, e.getMessage(), e);
        }
        if (json) {
            env.out().println(services.json().toJson(result));
            return 0;
        }
        print(result);
        return 0;
    }

    private SearchQuery query() {
        Integer from = null;
        Integer to = null;
        if (year != null) {
            YearRange range = YearRange.parse("--year", year);
            from = range.from();
            to = range.to();
        }
        try {
            Level lv = level == null ? null : Level.parse(level);
            return new SearchQuery(String.join(" ", words), lv, org, from, to, kind, status, limit);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
    }

    private void print(SearchResult r) {
        int i = 0;
        for (Hit h : r.hits()) {
            i++;
            env.out().printf("%d. [%s] %s %s · %s%s  score %.2f%n", i, h.level().id(), h.year() == null ? "----" : h.year(),
                    h.org() == null ? "" : h.org(), h.title() == null ? h.reportId() : h.title(),
                    h.findingId() == null ? "" : " (" + h.findingId() + ")", h.score());
            if (!h.path().isEmpty()) {
                env.out().println("   " + String.join(" › ", h.path()));
            }
            env.out().println("   " + h.highlighted().replace('\n', ' '));
        }
        env.out().printf("%d hit%s%s%n", r.total(), r.total() == 1 ? "" : "s",
                r.total() > r.hits().size() ? " (showing " + r.hits().size() + "; --limit N for more)" : "");
        facet("year", r.facets().year());
        facet("org", r.facets().org());
        facet("kind", r.facets().kind());
        facet("status", r.facets().status());
    }

    private void facet(String name, Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("  ").append(name).append(": ");
        counts.forEach((k, v) -> sb.append(k).append(" (").append(v).append(")  "));
        env.out().println(sb.toString().stripTrailing());
    }
}
