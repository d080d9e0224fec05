package org.reportminer.cli.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.reportminer.cli.Services;
import org.reportminer.corpus.ingest.IngestOptions;
import org.reportminer.corpus.ingest.MetadataOverrides;

/** Small generated reports and the services to read them, for the use-case tests. */
final class GeneratedReports {
    private static Services services;

    private GeneratedReports() {
    }

    /** One set of services per test JVM: HanLP loads once. */
    static synchronized Services services() {
        if (services == null) {
            services = new Services(Map.of(), Path.of("").toAbsolutePath(), IngestOptions.defaults());
        }
        return services;
    }

    /** A rectification report with two findings whose wording depends on {@code variant}. */
    static Path write(Path dir, String name, String heading, String variant) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), heading + "\n一、存在的问题\n（一）公务接待审批不严格，" + variant
                    + "接待清单填写不完整\n整改情况：①修订公务接待管理办法，已完成。②每季度开展一次专项检查，正在推进。\n"
                    + "（二）专项资金使用绩效不高，部分项目资金长期沉淀\n整改情况：①清理沉淀资金，已完成。\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ingests {@code files} into {@code store} with these overrides, on one thread. */
    static IngestSummary ingest(Path store, MetadataOverrides overrides, Path... files) throws IOException {
        return new IngestUseCase(services()).ingest(new IngestRequest(java.util.List.of(files), store.getParent(),
                store, overrides, 1), ProgressListener.SILENT);
    }
}
