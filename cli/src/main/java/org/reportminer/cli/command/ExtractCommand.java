package org.reportminer.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.corpus.io.AtomicWrite;
import org.reportminer.cli.work.OutputGuard;
import org.reportminer.cli.work.ReportInputs;
import org.reportminer.corpus.json.JsonMapperFactory;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.Report;
import org.reportminer.pipeline.render.MarkdownRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reportminer extract}: extraction straight from files, no store needed. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Extract structure, findings, measures, counts and checks from report files.",
        description = {"Works straight on files (or stored ids); nothing is stored.",
            "json: the extraction (title, org, year, yearEvidence, kind, sections, findings, counts, statedTotals,",
            "checks) plus source; one object for one input, an array for several.",
            "md: a readable outline. csv/xlsx: the rectification ledger (整改台账), as the ledger command writes it."})
public final class ExtractCommand implements Callable<Integer> {
    /** Output formats of this command. */
    public enum Format { json, md, csv, xlsx }

    private final CliEnv env;
    private final Services services;

    @Mixin
    private StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, md, csv or xlsx (default json).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    private Path output;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Report files, folders or stored ids.")
    private List<String> inputs;

    public ExtractCommand(CliEnv env, Services services) {
        this.env = env;
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        if (output != null) {
            OutputGuard.requireNotAnInput(env.resolve(output), output.toString(), inputs, env.workDir());
        }
        if ((format == Format.csv || format == Format.xlsx)) {
            return new LedgerCommand(env, services).run(inputs, output, format == Format.xlsx
                    ? org.reportminer.pipeline.ledger.LedgerWriter.Format.XLSX
                    : org.reportminer.pipeline.ledger.LedgerWriter.Format.CSV, store);
        }
        ReportInputs.Resolved resolved = new ReportInputs(services.ingester(), services.analysis()::analyse)
                .resolve(inputs, env.workDir(), store.resolve(env));
        for (Problem p : resolved.problems()) {
            env.err().println("reportminer: " + p.line());
        }
        if (resolved.reports().isEmpty()) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, "nothing to extract: every input failed");
        }
        String text = format == Format.json ? json(resolved.reports()) : markdown(resolved.reports(), env);
        if (output != null) {
            AtomicWrite.writeString(env.resolve(output), text);
            env.err().println("wrote " + env.display(env.resolve(output)));
        } else {
            env.out().print(text);
            env.out().flush();
        }
        return resolved.problems().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_PROBLEMS;
    }

    private static String json(List<Report> reports) throws IOException {
        ObjectMapper mapper = JsonMapperFactory.create();
        ArrayNode array = mapper.createArrayNode();
        for (Report r : reports) {
            ObjectNode node = mapper.valueToTree(r.extraction());
            node.put("source", r.source());
            node.put("id", r.id());
            array.add(node);
        }
        Object value = reports.size() == 1 ? array.get(0) : array;
        return mapper.writeValueAsString(value) + "\n";
    }

    private static String markdown(List<Report> reports, CliEnv env) {
        StringBuilder sb = new StringBuilder();
        MarkdownRenderer md = new MarkdownRenderer();
        for (Report r : reports) {
            if (sb.length() > 0) {
                sb.append("\n---\n\n");
            }
            sb.append("<!-- ").append(env.display(Path.of(r.source()))).append(" -->\n")
                    .append(md.render(r.extraction()));
        }
        return sb.toString();
    }
}
