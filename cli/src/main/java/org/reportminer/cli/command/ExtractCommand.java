package org.reportminer.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.ExtractOutcome;
import org.reportminer.cli.app.ExtractRequest;
import org.reportminer.cli.app.ExtractUseCase;
import org.reportminer.cli.app.LedgerRequest;
import org.reportminer.cli.app.ProgressListener;
import org.reportminer.cli.output.ExtractRenderer;
import org.reportminer.cli.work.OutputGuard;
import org.reportminer.corpus.io.AtomicWrite;
import org.reportminer.pipeline.ledger.LedgerWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reportminer extract}: extraction straight from files, no store needed. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Extract structure, findings, measures, counts and checks from report files.",
        description = {"Works straight on files (or stored ids); nothing is stored.",
            "json: the extraction (title, org, year, yearEvidence, kind, sections, findings, counts, statedTotals,",
            "checks) plus source; one object for one input, an array for several.",
            "md: a readable outline. csv/xlsx: the rectification ledger (整改台账), as the ledger command writes it."})
public final class ExtractCommand extends BaseCommand {
    /** Output formats of this command. */
    public enum Format { json, md, csv, xlsx }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, md, csv or xlsx (default json).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    private Path output;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Report files, folders or stored ids.")
    private List<String> inputs;

    public ExtractCommand(CliEnv env, Services services) {
        super(env, services);
    }

    @Override
    public Integer call() throws IOException {
        if (output != null) {
            OutputGuard.requireNotAnInput(env.resolve(output), output.toString(), inputs, env.workDir());
        }
        ExtractRequest request = new ExtractRequest(inputs, env.workDir(), store.resolve(env));
        ProgressListener progress = progress();
        if (format == Format.csv || format == Format.xlsx) {
            return LedgerCommand.write(env, services, new LedgerRequest(request, resolve(output),
                    format == Format.xlsx ? LedgerWriter.Format.XLSX : LedgerWriter.Format.CSV), progress);
        }
        ExtractOutcome outcome = new ExtractUseCase(services).extract(request, progress);
        if (outcome.reports().isEmpty()) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, "nothing to extract: every input failed");
        }
        String text = format == Format.json ? ExtractRenderer.json(outcome.reports())
                : ExtractRenderer.markdown(outcome.reports(), env::display);
        if (output != null) {
            AtomicWrite.writeString(env.resolve(output), text);
            progress.wrote(env.resolve(output), "");
        } else {
            env.out().print(text);
            env.out().flush();
        }
        return outcome.problems().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_PROBLEMS;
    }
}
