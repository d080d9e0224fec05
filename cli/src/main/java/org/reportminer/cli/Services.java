package org.reportminer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.reportminer.corpus.ingest.IngestOptions;
import org.reportminer.corpus.ingest.Ingester;
import org.reportminer.corpus.io.JsonCodec;
import org.reportminer.pipeline.ReportAnalyser;
import org.reportminer.pipeline.ReportExtractor;
import org.reportminer.pipeline.Stage;
import org.reportminer.pipeline.classify.ProblemTaxonomy;
import org.reportminer.pipeline.segment.DomainTerms;
import org.reportminer.pipeline.segment.Segmenter;
import org.reportminer.pipeline.segment.hanlp.HanlpSegmenter;

/**
 * Heavy collaborators (HanLP segmenter and extractor, Tika ingester, JSON codec), each built at most once per
 * process and only when a command needs it, so {@code --help} and {@code list} start fast. Thread-safe.
 */
public final class Services {
    /** Environment variable naming a user dictionary: one fixed term per line, added to the built-in ones. */
    public static final String TERMS_ENV = "REPORTMINER_TERMS";

    private final Map<String, String> environment;
    private final Path workDir;
    private final UnaryOperator<List<Stage>> stages;

    private final Lazy<DomainTerms> terms = new Lazy<>(this::loadTerms);
    // search needs only the segmenter: loading it alone keeps start-up short
    private final Lazy<Segmenter> segmenter = new Lazy<>(() -> new HanlpSegmenter(terms.get()));
    private final Lazy<ReportExtractor> extractor = new Lazy<>(this::buildExtractor);
    private final Lazy<Ingester> ingester;
    private final Lazy<JsonCodec> json = new Lazy<>(JsonCodec::new);

    Services(CliEnv env) {
        this(env, IngestOptions.defaults());
    }

    /** Services whose ingester applies {@code ingestOptions}; tests use it to set a small write limit. */
    Services(CliEnv env, IngestOptions ingestOptions) {
        this(env.env(), env.workDir(), ingestOptions, UnaryOperator.identity());
    }

    /**
     * Services for any front end (the CLI, the web workbench).
     *
     * @param environment   environment variables ({@value #TERMS_ENV} is read from here)
     * @param workDir       the folder a relative {@value #TERMS_ENV} resolves against
     * @param ingestOptions the ingester's limits
     */
    public Services(Map<String, String> environment, Path workDir, IngestOptions ingestOptions) {
        this(environment, workDir, ingestOptions, UnaryOperator.identity());
    }

    /**
     * Services whose extractor runs {@code stages} applied to the standard stages: the seam through which tests add
     * a stage (one that fails, say) to the extraction of every command.
     */
    Services(CliEnv env, UnaryOperator<List<Stage>> stages) {
        this(env.env(), env.workDir(), IngestOptions.defaults(), stages);
    }

    private Services(Map<String, String> environment, Path workDir, IngestOptions ingestOptions,
                     UnaryOperator<List<Stage>> stages) {
        this.environment = Map.copyOf(environment);
        this.workDir = workDir;
        this.stages = stages;
        this.ingester = new Lazy<>(() -> new Ingester(ingestOptions));
    }

    /** The built-in domain terms, plus the user's file named by {@value #TERMS_ENV} when set. */
    private DomainTerms loadTerms() {
        String file = environment.get(TERMS_ENV);
        if (file == null || file.isBlank()) {
            return DomainTerms.builtIn();
        }
        Path path = workDir.resolve(file);
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new CliException(ExitCodes.USAGE, TERMS_ENV + "=" + file + ": no such dictionary file");
        }
        return DomainTerms.builtInPlus(path);
    }

    private ReportExtractor buildExtractor() {
        Segmenter seg = segmenter.get();
        return new ReportExtractor(seg,
                stages.apply(ReportExtractor.standardStages(seg, terms.get(), ProblemTaxonomy.bundled())));
    }

    /** The extractor (loads HanLP and the domain dictionary on first use). */
    public ReportExtractor extractor() {
        return extractor.get();
    }

    /**
     * The segmenter the extractor uses; the index uses the same one. Built on its own, so that search and stats
     * load HanLP but not the extractors.
     */
    public Segmenter segmenter() {
        return segmenter.get();
    }

    /** The analysis of one report (extraction and metadata merge) that every command uses. */
    public ReportAnalyser analysis() {
        return new ReportAnalyser(extractor());
    }

    public Ingester ingester() {
        return ingester.get();
    }

    public JsonCodec json() {
        return json.get();
    }

    /** A value computed once, on first use, by whichever thread gets there first. */
    private static final class Lazy<T> {
        private final Supplier<T> supplier;
        private volatile T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = supplier.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
