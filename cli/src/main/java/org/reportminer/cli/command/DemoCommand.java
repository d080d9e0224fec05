package org.reportminer.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.CommandLineFactory;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.CatalogUseCase;
import org.reportminer.cli.work.Checkout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reportminer demo}: the main job on the bundled example reports, in one command. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Ingest the bundled example reports and show what reportminer finds in them.",
        description = {"Runs, in order: ingest examples/ → show the 2021 inspection-rectification report's outline →",
            "search 一岗双责 → compare the organisation's three years. Everything lands in the store, so the",
            "commands printed at the end work right away on the same data."})
public final class DemoCommand extends BaseCommand {
    @Option(names = "--examples", paramLabel = "DIR", description = "Example folder (default: examples/ of the checkout).")
    private Path examples;

    public DemoCommand(CliEnv env, Services services) {
        super(env, services);
    }

    @Override
    public Integer call() {
        Path dir = examples != null ? env.resolve(examples) : findExamples();
        String storeDir = store.resolve(env).toString();
        step("reportminer ingest " + env.display(dir), "ingest", "--store", storeDir, dir.toString());
        failedChecks(store.resolve(env));
        Path first = dir.resolve("2021-巡察整改进展情况.txt");
        if (Files.isRegularFile(first)) {
            step("reportminer extract --format md " + env.display(first) + "   (first 40 lines)", 40, "extract", "--format",
                    "md", first.toString());
        }
        step("reportminer search 一岗双责 --limit 3", "search", "--store", storeDir, "--limit", "3", "一岗双责");
        step("reportminer compare --chains 3", "compare", "--store", storeDir, "--chains", "3");
        env.out().println("Try next:");
        env.out().println("  ./reportminer search \"三会一课\" --level finding      # exact phrase, findings only");
        env.out().println("  ./reportminer search 风险 --level count --year 2022  # counts with their breakdowns");
        env.out().println("  ./reportminer ledger -o 台账.xlsx " + env.display(first) + "   # the rectification ledger");
        env.out().println("  ./reportminer compare --html compare.html          # heat map, chains, reused text");
        return ExitCodes.OK;
    }

    /** The checks that failed, per stored report: what an inspector would want to look at first. */
    private void failedChecks(Path storeDir) {
        env.out().println("$ checks that failed (from reportminer show)");
        for (CatalogUseCase.FailedCheck f : new CatalogUseCase().failedChecks(storeDir, progress())) {
            env.out().printf("%s %s  %s: %s%n", f.reportId(), f.year(), f.check().kind(), f.check().message());
        }
        env.out().println();
    }

    private void step(String title, String... args) {
        step(title, Integer.MAX_VALUE, args);
    }

    /** Runs one subcommand on the shared services, printing at most {@code maxLines} of its output. */
    private void step(String title, int maxLines, String... args) {
        env.out().println("$ " + title);
        java.io.StringWriter buf = new java.io.StringWriter();
        CliEnv sub = new CliEnv(new java.io.PrintWriter(buf, true), env.err(), env.env(), env.workDir(), false);
        int code = CommandLineFactory.create(sub, services).execute(args);
        List<String> lines = new ArrayList<>(buf.toString().lines().toList());
        lines.stream().limit(maxLines).forEach(env.out()::println);
        if (lines.size() > maxLines) {
            env.out().println("… (" + (lines.size() - maxLines) + " more lines)");
        }
        env.out().println();
        env.out().flush();
        if (code != ExitCodes.OK && code != ExitCodes.INPUT_PROBLEMS) {
            throw new CliException(code, "demo step failed: " + title);
        }
    }

    /** examples/ in the working directory, else beside the checkout the jar was built in. */
    private Path findExamples() {
        return Checkout.examples(env).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "no examples/ folder found (looked in " + Checkout.exampleCandidates(env) + "); use --examples DIR"));
    }
}
