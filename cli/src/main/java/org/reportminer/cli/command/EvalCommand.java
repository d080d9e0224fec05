package org.reportminer.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.EvalUseCase;
import org.reportminer.cli.output.ConsoleProgress;
import org.reportminer.cli.output.EvalRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reportminer eval}: extraction scored against gold written by reading the reports; no store needed. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        header = "Score extraction against hand-written gold (findings, measures, stated numbers, metadata).",
        description = {"GOLD_DIR holds manifest.json (a development set: one entry per report file beside it) or",
            "expected/*.json (the seed layout). Every annotated report is ingested and extracted as `extract` does,",
            "then scored: findings recall/precision (a gold finding is found when an extracted finding starts with",
            "its text), measure counts right, stated numbers found (value and unit, 万/亿 applied, money in 元),",
            "metadata filled and right, and counts inside fixed terms (must be 0). Nothing is stored."})
public final class EvalCommand implements Callable<Integer> {
    private final CliEnv env;
    private final Services services;

    @Option(names = "--json", description = "Print the scores as JSON.")
    private boolean json;

    @Option(names = "--misses", description = "Also list every miss, one line each.")
    private boolean misses;

    @Parameters(paramLabel = "GOLD_DIR", arity = "1..*", description = "Folders with gold annotations.")
    private List<Path> dirs;

    public EvalCommand(CliEnv env, Services services) {
        this.env = env;
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        EvalUseCase.Outcome outcome = new EvalUseCase(services)
                .eval(dirs.stream().map(env::resolve).toList(),
                new ConsoleProgress(env.err(), env.tty(), env::display));
        if (json) {
            env.out().println(services.json().toJson(EvalRenderer.json(outcome.summary())));
        } else {
            EvalRenderer.print(outcome.summary(), misses, env.out());
        }
        return outcome.problems().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_PROBLEMS;
    }
}
