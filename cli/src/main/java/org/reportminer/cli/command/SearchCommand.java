package org.reportminer.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.SearchRequest;
import org.reportminer.cli.app.SearchUseCase;
import org.reportminer.cli.app.YearRange;
import org.reportminer.cli.output.SearchRenderer;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.index.schema.Level;
import org.reportminer.index.search.HighlightTags;
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
            "take only the values listed under --level and --status.",
            "A query matching more than 10,000 documents shows an estimated total and facet counts, marked ≈;",
            "--exact counts every match."})
public final class SearchCommand extends BaseCommand {
    private static final HighlightTags ANSI = new HighlightTags("\u001b[1;31m", "\u001b[0m");

    @Option(names = "--level", paramLabel = "LEVEL", converter = Choices.LevelConverter.class,
            description = "report, section, finding, measure or count.")
    private Level level;

    @Option(names = "--org", paramLabel = "ORG", description = "Only this organisation.")
    private String org;

    @Option(names = "--year", paramLabel = "YEAR|FROM..TO", description = "A year (2021) or a range (2019..2023).")
    private String year;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this report kind.")
    private String kind;

    @Option(names = "--status", paramLabel = "STATUS", converter = Choices.StatusConverter.class,
            description = "Only measures with this status: DONE, IN_PROGRESS, ONGOING, PLANNED, UNKNOWN.")
    private MeasureStatus status;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default 10).")
    private int limit;

    @Option(names = "--exact", description = "Count every match for the total and facets (a broad query is otherwise"
            + " counted up to 10,000 matches and estimated beyond, marked ≈).")
    private boolean exact;

    @Option(names = "--synonyms", paramLabel = "FILE", description = "Extra synonyms, Solr format.")
    private Path synonyms;

    @Mixin
    private SolrOption solr;

    @Option(names = "--json", description = "Print total, hits and facets as JSON.")
    private boolean json;

    @Parameters(paramLabel = "QUERY", arity = "0..*",
            description = "The query; empty lists everything filtered. Put it after -- when it starts with -.")
    private List<String> words = List.of();

    public SearchCommand(CliEnv env, Services services) {
        super(env, services);
    }

    @Override
    public Integer call() throws IOException {
        SearchQuery query = query();
        HighlightTags tags = env.tty() && !json ? ANSI : HighlightTags.BRACKETS;
        SearchResult result = new SearchUseCase(services).search(
                new SearchRequest(store.existing(env), query, resolve(synonyms), tags,
                        solr.target(env).orElse(null)));
        if (json) {
            printJson(result);
        } else {
            SearchRenderer.print(result, env.out());
        }
        return ExitCodes.OK;
    }

    private SearchQuery query() {
        YearRange years = year == null ? null : YearRange.parse("--year", year);
        try {
            return new SearchQuery(String.join(" ", words), level, org, years == null ? null : years.from(),
                    years == null ? null : years.to(), kind, status == null ? null : status.name(), limit, exact);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
    }
}
