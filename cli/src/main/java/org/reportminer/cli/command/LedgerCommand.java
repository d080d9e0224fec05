package org.reportminer.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.work.OutputGuard;
import org.reportminer.cli.work.ReportInputs;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.Report;
import org.reportminer.pipeline.ledger.Ledger;
import org.reportminer.pipeline.ledger.LedgerWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reportminer ledger}: the rectification ledger (整改台账) of reports. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        header = "Write the rectification ledger (整改台账) as .xlsx or .csv.",
        description = {"Columns 序号, 问题方面, 问题类别, 具体问题, 整改措施, 完成情况, 责任主体, 时限/频次, 涉及数量;",
            "one row per measure, a finding's cells merged in xlsx, a second sheet 检查 with the checks.",
            "One input: -o FILE.xlsx|FILE.csv (csv goes to stdout without -o). Several inputs: -o names a folder",
            "and each report gets its own NAME.台账.xlsx (or .csv with --csv)."})
public final class LedgerCommand implements Callable<Integer> {
    private final CliEnv env;
    private final Services services;

    @Mixin
    private StoreOption store;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", description = "Ledger file, or folder for several.")
    private Path output;

    @Option(names = "--csv", description = "With a folder output: write .csv ledgers instead of .xlsx.")
    private boolean csv;

    @Parameters(paramLabel = "FILE|ID", arity = "1..*", description = "Report files, folders or stored ids.")
    private List<String> inputs;

    public LedgerCommand(CliEnv env, Services services) {
        this.env = env;
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        LedgerWriter.Format format = output != null && !Files.isDirectory(env.resolve(output))
                && output.getFileName().toString().contains(".")
                ? formatOf(output) : csv || output == null ? LedgerWriter.Format.CSV : LedgerWriter.Format.XLSX;
        return run(inputs, output, format, store);
    }

    private static LedgerWriter.Format formatOf(Path p) {
        try {
            return LedgerWriter.formatOf(p);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
    }

    /** Writes the ledgers of {@code args}; shared with {@code extract --format csv|xlsx}. */
    int run(List<String> args, Path out, LedgerWriter.Format format, StoreOption storeOption) throws IOException {
        if (out != null) {
            OutputGuard.requireNotAnInput(env.resolve(out), out.toString(), args, env.workDir());
        }
        ReportInputs.Resolved resolved = new ReportInputs(services.ingester(), services.analysis()::analyse)
                .resolve(args, env.workDir(), storeOption.resolve(env));
        for (Problem p : resolved.problems()) {
            env.err().println("reportminer: " + p.line());
        }
        List<Report> reports = resolved.reports();
        if (reports.isEmpty()) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, "no ledger written: every input failed");
        }
        LedgerWriter writer = new LedgerWriter();
        // -o FILE or -o FOLDER is decided by the inputs given, not by how many of them failed
        boolean single = out == null ? reports.size() == 1
                : !Files.isDirectory(env.resolve(out)) && reports.size() + resolved.problems().size() == 1;
        if (single) {
            Ledger ledger = Ledger.of(reports.get(0).extraction());
            if (out == null) {
                if (format == LedgerWriter.Format.XLSX) {
                    throw new CliException(ExitCodes.USAGE, "an xlsx ledger needs -o FILE.xlsx");
                }
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                writer.writeCsv(ledger, buf);
                env.out().print(buf.toString(StandardCharsets.UTF_8).replace("\uFEFF", ""));
                env.out().flush();
            } else {
                writer.write(ledger, env.resolve(out), format);
                env.err().println("wrote " + env.display(env.resolve(out)) + " (" + ledger.rows().size() + " rows)");
            }
        } else {
            if (out == null) {
                throw new CliException(ExitCodes.USAGE, reports.size() + " reports: give -o FOLDER for one ledger each");
            }
            Path dir = env.resolve(out);
            Files.createDirectories(dir);
            String ext = format == LedgerWriter.Format.XLSX ? ".台账.xlsx" : ".台账.csv";
            for (Report r : reports) {
                String base = Path.of(r.source()).getFileName().toString().replaceFirst("\\.[^.]+$", "");
                Path file = dir.resolve(base + "-" + r.id().substring(0, 8) + ext);
                Ledger ledger = Ledger.of(r.extraction());
                writer.write(ledger, file, format);
                env.err().println("wrote " + env.display(file) + " (" + ledger.rows().size() + " rows)");
            }
        }
        return resolved.problems().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_PROBLEMS;
    }
}
