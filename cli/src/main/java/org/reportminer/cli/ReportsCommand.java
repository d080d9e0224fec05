package org.reportminer.cli;

import org.reportminer.cli.bench.BenchCommand;
import org.reportminer.cli.command.CompareCommand;
import org.reportminer.cli.command.CorrectCommand;
import org.reportminer.cli.command.DemoCommand;
import org.reportminer.cli.command.EvalCommand;
import org.reportminer.cli.command.ExtractCommand;
import org.reportminer.cli.command.IngestCommand;
import org.reportminer.cli.command.LedgerCommand;
import org.reportminer.cli.command.ShowCommand;
import org.reportminer.cli.command.ListCommand;
import org.reportminer.cli.command.ReindexCommand;
import org.reportminer.cli.command.SearchCommand;
import org.reportminer.cli.command.ServeCommand;
import org.reportminer.cli.command.StatsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands and prints usage when run without one. */
@Command(name = "reportminer",
        mixinStandardHelpOptions = true,
        version = "reportminer 0.1.0",
        header = "Mine Chinese official reports: ingest, extract, search, compare, export ledgers.",
        description = {
            "reportminer reads inspection-rectification reports (巡察整改), party-conduct reports (党风廉政建设责任制报告),",
            "audit-rectification reports and work summaries, and turns them into structured, searchable data."},
        subcommands = {DemoCommand.class, IngestCommand.class, ListCommand.class, ShowCommand.class, ExtractCommand.class,
            LedgerCommand.class, CorrectCommand.class, SearchCommand.class, StatsCommand.class, ReindexCommand.class,
            CompareCommand.class, EvalCommand.class, ServeCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 finished but some inputs failed.",
            "Store: --store DIR, else $REPORTMINER_HOME, else ./reportminer-data.",
            "Own fixed terms (never split, never counted): REPORTMINER_TERMS=FILE, one term per line;",
            "after changing it, run reportminer reindex --extract."})
public final class ReportsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces with errors.")
    private boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
