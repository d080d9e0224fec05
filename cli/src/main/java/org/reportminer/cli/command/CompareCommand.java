package org.reportminer.cli.command;

import java.nio.file.Path;
import java.util.List;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.CompareOutcome;
import org.reportminer.cli.app.CompareRequest;
import org.reportminer.cli.app.CompareUseCase;
import org.reportminer.cli.app.YearRange;
import org.reportminer.cli.output.CompareRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reportminer compare}: recurring, new and resolved problems across years, and copied text. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        header = "Compare an organisation's reports across years: recurring problems, new and resolved, copied text.",
        description = {"Links each finding to the same problem in the organisation's other years (reworded or not),",
            "builds chains of recurring problems (strongest first), a year × category matrix, a diff of each",
            "report against the one before (new / recurring / no longer mentioned) and the share of text each",
            "report reuses from the one before, with the longest reused passages. Reports are grouped by",
            "organisation (names normalised: 市侨联 = XX侨联); --reports ID... compares exactly those reports.",
            "Reports without findings (work reports) contribute their problem sentences (问题, 不足, 短板 …).",
            "With --solr/--solr-url (or a --config file), compares the stored reports the collection holds."})
public final class CompareCommand extends BaseCommand {
    @Option(names = "--org", paramLabel = "ORG", description = "Only this organisation (any alias of its name).")
    private String org;

    @Option(names = "--years", paramLabel = "FROM..TO", description = "Only reports in these years.")
    private String years;

    @Option(names = "--reports", paramLabel = "ID", arity = "2..*", description = "Compare exactly these reports.")
    private List<String> reportIds;

    @Option(names = "--chains", paramLabel = "N", defaultValue = "10", description = "Chains to print (default 10).")
    private int chainLimit;

    @Option(names = "--json", description = "Print links, chains, matrix, diffs and reuse as JSON.")
    private boolean json;

    @Mixin
    private SolrOption solr;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report.")
    private Path html;

    public CompareCommand(CliEnv env, Services services) {
        super(env, services);
    }

    @Override
    public Integer call() {
        YearRange range = years == null ? YearRange.ALL : YearRange.parse("--years", years);
        CompareRequest request = new CompareRequest(store.existing(env), org, range, reportIds, resolve(html),
                solr.target(env).orElse(null));
        CompareOutcome outcome = new CompareUseCase(services).compare(request, progress());
        if (outcome.results().isEmpty()) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, "nothing to compare: need two or more reports of one"
                    + " organisation" + (org != null ? " matching --org " + org : "") + " in "
                    + env.display(store.resolve(env)));
        }
        if (json) {
            printJson(CompareRenderer.json(outcome));
        } else {
            CompareRenderer.print(outcome, chainLimit, env.out());
        }
        return ExitCodes.OK;
    }
}
