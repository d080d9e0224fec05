package org.reportminer.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.ExtractRequest;
import org.reportminer.cli.app.LedgerOutcome;
import org.reportminer.cli.app.LedgerRequest;
import org.reportminer.cli.app.LedgerUseCase;
import org.reportminer.cli.app.ProgressListener;
import org.reportminer.cli.output.ExtractRenderer;
import org.reportminer.cli.work.OutputGuard;
import org.reportminer.pipeline.ledger.LedgerWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reportminer ledger}: the rectification ledger (整改台账) of reports. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        header = "Write the rectification ledger (整改台账) as .xlsx or .csv.",
        description = {"Columns 序号, 问题方面, 问题类别, 具体问题, 整改措施, 完成情况, 责任主体, 时限/频次, 涉及数量;",
            "one row per measure, a finding's cells merged in xlsx, a second sheet 检查 with the checks.",
            "One input: -o FILE.xlsx|FILE.csv (csv goes to stdout without -o). Several inputs: -o names a folder",
            "and each report gets its own NAME.台账.xlsx (or .csv with --csv)."})
public final class LedgerCommand extends BaseCommand {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", description = "Ledger file, or folder for several.")
    private Path output;

    @Option(names = "--csv", description = "With a folder output: write .csv ledgers instead of .xlsx.")
    private boolean csv;

    @Parameters(paramLabel = "FILE|ID", arity = "1..*", description = "Report files, folders or stored ids.")
    private List<String> inputs;

    public LedgerCommand(CliEnv env, Services services) {
        super(env, services);
    }

    @Override
    public Integer call() throws IOException {
        // a file name with an extension decides the format; a folder (or stdout) takes --csv, else xlsx
        LedgerWriter.Format format = output != null && !Files.isDirectory(env.resolve(output))
                && output.getFileName().toString().contains(".")
                ? formatOf(output) : csv || output == null ? LedgerWriter.Format.CSV : LedgerWriter.Format.XLSX;
        if (output != null) {
            OutputGuard.requireNotAnInput(env.resolve(output), output.toString(), inputs, env.workDir());
        }
        return write(env, services, new LedgerRequest(new ExtractRequest(inputs, env.workDir(), store.resolve(env)),
                resolve(output), format), progress());
    }

    private static LedgerWriter.Format formatOf(Path p) {
        try {
            return LedgerWriter.formatOf(p);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
    }

    /** Writes the ledgers of {@code request}, or prints the one csv ledger; shared with {@code extract}. */
    static int write(CliEnv env, Services services, LedgerRequest request, ProgressListener progress)
            throws IOException {
        LedgerOutcome outcome = new LedgerUseCase(services).ledger(request, progress);
        if (outcome.written().isEmpty() && outcome.printed() == null) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, "no ledger written: every input failed");
        }
        if (outcome.printed() != null) {
            ExtractRenderer.printCsv(outcome.printed(), env.out());
        }
        return outcome.problems().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_PROBLEMS;
    }
}
