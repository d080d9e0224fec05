package org.reportminer.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.output.TextTable;
import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.json.JsonMapperFactory;
import org.reportminer.corpus.model.Report;
import org.reportminer.pipeline.eval.EvalScorer;
import org.reportminer.pipeline.eval.EvalSummary;
import org.reportminer.pipeline.eval.GoldReport;
import org.reportminer.pipeline.eval.ReportScore;
import org.reportminer.pipeline.json.GoldReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reportminer eval}: extraction scored against gold written by reading the reports. */
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
        List<ReportScore> scores = new ArrayList<>();
        int failed = 0;
        EvalScorer scorer = new EvalScorer();
        for (Path given : dirs) {
            Path dir = env.resolve(given);
            if (!Files.isDirectory(dir)) {
                throw new CliException(ExitCodes.USAGE, given + ": no such folder");
            }
            List<GoldReport> gold;
            try {
                gold = new GoldReader().read(dir);
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
            }
            for (GoldReport g : gold) {
                Path file = dir.resolve(g.file());
                IngestResult r = services.ingester().ingest(file, MetadataOverrides.none());
                if (r instanceof IngestResult.Failed f) {
                    env.err().println("reportminer: " + f.problem().line());
                    failed++;
                    continue;
                }
                IngestResult analysed = services.analysis().analyse(((IngestResult.Ingested) r).report());
                if (analysed instanceof IngestResult.Failed f) {
                    env.err().println("reportminer: " + f.problem().line());
                    failed++;
                    continue;
                }
                Report report = ((IngestResult.Ingested) analysed).report();
                scores.add(scorer.score(g, report.text(), report.extraction()));
            }
        }
        EvalSummary summary = new EvalSummary(scores);
        if (json) {
            env.out().println(json(summary));
        } else {
            print(summary);
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.INPUT_PROBLEMS;
    }

    private void print(EvalSummary s) {
        TextTable t = new TextTable(List.of("report", "findings R", "findings P", "measures", "numbers", "metadata",
                "fixed-term counts"));
        for (ReportScore r : s.reports()) {
            EvalSummary one = new EvalSummary(List.of(r));
            t.row(r.file() + (r.complete() ? "" : " *"), pct(one.findingRecall(), r.foundFindings(), r.goldFindings()),
                    pct(one.findingPrecision(), r.matchedExtracted(), r.extractedFindings()),
                    pct(one.measureCountRight(), r.measuresRight(), r.measuresAnnotated()),
                    pct(one.statedRecall(), r.statedFound(), r.statedGold()),
                    pct(one.metadataRight(), r.metadataRight(), r.metadataAnnotated()), r.fixedTermCounts());
        }
        t.print(env.out());
        line("all", s);
        if (s.reports().stream().anyMatch(r -> !r.complete())) {
            line("complete only", s.completeOnly());
            env.out().println("* short or partial report (not in the floors)");
        }
        if (misses) {
            for (ReportScore r : s.reports()) {
                for (String m : r.misses()) {
                    env.out().println(r.file() + ": " + m);
                }
            }
        }
    }

    private void line(String name, EvalSummary s) {
        env.out().printf(Locale.ROOT, "%s: findings recall %s, precision %s; measure counts right %s; numbers %s;"
                        + " metadata right %s (filled %s); fixed-term counts %d%n", name, ratio(s.findingRecall()),
                ratio(s.findingPrecision()), ratio(s.measureCountRight()), ratio(s.statedRecall()),
                ratio(s.metadataRight()), ratio(s.metadataFilled()), s.fixedTermCounts());
    }

    private static String pct(double r, int num, int den) {
        return den == 0 ? "-" : String.format(Locale.ROOT, "%.2f (%d/%d)", r, num, den);
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.2f", r);
    }

    private static String json(EvalSummary s) throws IOException {
        ObjectMapper mapper = JsonMapperFactory.create();
        ObjectNode root = mapper.createObjectNode();
        root.set("all", figures(mapper, s));
        root.set("complete", figures(mapper, s.completeOnly()));
        ArrayNode reports = root.putArray("reports");
        for (ReportScore r : s.reports()) {
            ObjectNode n = mapper.valueToTree(r);
            n.set("figures", figures(mapper, new EvalSummary(List.of(r))));
            reports.add(n);
        }
        return mapper.writeValueAsString(root);
    }

    private static ObjectNode figures(ObjectMapper mapper, EvalSummary s) {
        ObjectNode n = mapper.createObjectNode();
        put(n, "findingRecall", s.findingRecall());
        put(n, "findingPrecision", s.findingPrecision());
        put(n, "measureCountRight", s.measureCountRight());
        put(n, "statedRecall", s.statedRecall());
        put(n, "metadataRight", s.metadataRight());
        put(n, "metadataFilled", s.metadataFilled());
        n.put("fixedTermCounts", s.fixedTermCounts());
        return n;
    }

    private static void put(ObjectNode n, String name, double v) {
        if (Double.isNaN(v)) {
            n.putNull(name);
        } else {
            n.put(name, Math.round(v * 10000) / 10000.0);
        }
    }
}
