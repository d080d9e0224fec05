package org.reportminer.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.CorrectUseCase;
import org.reportminer.cli.output.CorrectRenderer;
import org.reportminer.corpus.model.MeasureStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reportminer correct}: the user's corrections to a stored report's extraction. */
@Command(name = "correct", mixinStandardHelpOptions = true,
        header = "Correct what extraction found in a stored report (kept beside it; every export uses it).",
        description = {"TARGET is a finding (F3) or one of its measures (F3.M2: the second measure of F3), numbered as",
            "the corrected report shows them (reportminer show ID). Set --status, --responsible and --timeframe",
            "(together or alone; \"\" clears the last two), or else one of --false, --merge-with F4, --split-at OFFSET",
            "(an offset into the report's text, strictly inside the finding). Corrections are stored beside the",
            "report; the extraction itself is never changed, and corrections find their target again after",
            "re-extraction by its span and text. --list shows them (orphaned ones too), --remove N takes one back,",
            "--export-gold DIR writes the corrected report as gold for reportminer eval DIR."})
public final class CorrectCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "REPORT_ID", description = "Report id, id prefix or source path.")
    private String report;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TARGET", description = "F3 or F3.M2.")
    private String target;

    @Option(names = "--status", paramLabel = "STATUS", description = "DONE, IN_PROGRESS, ONGOING, PLANNED or UNKNOWN.")
    private MeasureStatus status;

    @Option(names = "--responsible", paramLabel = "TEXT", description = "Who is responsible (\"\" clears it).")
    private String responsible;

    @Option(names = "--timeframe", paramLabel = "TEXT", description = "Deadline or frequency (\"\" clears it).")
    private String timeframe;

    @Option(names = "--false", description = "The finding is no finding at all.")
    private boolean falseFinding;

    @Option(names = "--merge-with", paramLabel = "F4", description = "Merge the target finding with this one.")
    private String mergeWith;

    @Option(names = "--split-at", paramLabel = "OFFSET", description = "Split the target finding at this text offset.")
    private Integer splitAt;

    @Option(names = "--list", description = "List the report's corrections (the default without TARGET).")
    private boolean list;

    @Option(names = "--remove", paramLabel = "N", description = "Remove correction N (as --list numbers them).")
    private Integer remove;

    @Option(names = "--export-gold", paramLabel = "DIR",
            description = "Write the corrected report as gold (DIR/ID.txt and DIR/manifest.json) for eval.")
    private Path exportGold;

    @Option(names = "--json", description = "Print the corrections as JSON.")
    private boolean json;

    public CorrectCommand(CliEnv env, Services services) {
        super(env, services);
    }

    @Override
    public Integer call() throws IOException {
        CorrectUseCase use = new CorrectUseCase();
        Path dir = store.existing(env);
        int modes = (target != null ? 1 : 0) + (remove != null ? 1 : 0) + (exportGold != null ? 1 : 0);
        if (modes > 1 || (list && modes > 0)) {
            throw new CliException(ExitCodes.USAGE, "give one of: TARGET with changes, --list, --remove N, --export-gold DIR");
        }
        if (exportGold != null) {
            CorrectUseCase.GoldExport g = use.exportGold(dir, report, resolve(exportGold), progress());
            env.err().println("eval it with: reportminer eval " + env.display(g.manifest().getParent()));
            return ExitCodes.OK;
        }
        CorrectUseCase.Listing listing;
        if (remove != null) {
            listing = use.remove(dir, report, remove, progress());
        } else if (target != null) {
            listing = use.add(dir, report, new CorrectUseCase.Change(target, status, responsible, timeframe,
                    falseFinding, mergeWith, splitAt), progress());
        } else {
            if (status != null || responsible != null || timeframe != null || falseFinding || mergeWith != null
                    || splitAt != null) {
                throw new CliException(ExitCodes.USAGE, "a correction needs its TARGET (F3 or F3.M2)");
            }
            listing = use.list(dir, report, progress());
        }
        if (json) {
            printJson(CorrectRenderer.json(listing));
        } else {
            CorrectRenderer.print(listing, env.out());
        }
        return ExitCodes.OK;
    }
}
