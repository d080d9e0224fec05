package org.reportminer.cli.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.app.CompareOutcome;
import org.reportminer.cli.app.CompareRequest;
import org.reportminer.cli.app.CorrectUseCase;
import org.reportminer.cli.app.SearchRequest;
import org.reportminer.cli.app.StoreLayout;
import org.reportminer.cli.app.TrackingUseCase;
import org.reportminer.cli.app.UploadUseCase;
import org.reportminer.cli.app.YearRange;
import org.reportminer.cli.output.CompareRenderer;
import org.reportminer.cli.output.CorrectRenderer;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.SearchQuery;

/**
 * The JSON API under {@code /api/}: the same use cases as the pages, answering with the shapes of the CLI's
 * {@code --json} (written by the same codec): {@code list}, {@code show}, {@code ledger}, {@code search},
 * {@code compare}, {@code tracking} (compare's {@code tracking[]} and {@code relapses[]}), plus upload, delete,
 * metadata, corrections ({@code correct}) and the export of a corrected report as eval gold.
 */
final class ApiRoutes {
    private final Workbench wb;
    private final PageRoutes pages;
    private final Guard guard;

    ApiRoutes(Workbench wb, PageRoutes pages, Guard guard) {
        this.wb = wb;
        this.pages = pages;
        this.guard = guard;
    }

    void register(RoutesConfig r) {
        r.get("/api/csrf", this::csrf);
        r.get("/api/reports", ctx -> json(ctx, StoreLayout.isStore(wb.config.store())
                ? wb.catalog.list(wb.config.store(), Workbench.QUIET) : List.of()));
        r.get("/api/reports/{id}", ctx -> json(ctx, pages.find(ctx.pathParam("id"))));
        r.get("/api/reports/{id}/ledger", ctx -> json(ctx, pages.ledgerOf(pages.find(ctx.pathParam("id")))));
        r.get("/api/search", this::search);
        r.get("/api/compare", this::compare);
        r.post("/api/upload", this::upload);
        r.delete("/api/reports/{id}", this::delete);
        r.put("/api/reports/{id}/metadata", this::metadata);
        r.get("/api/reports/{id}/corrections", ctx -> json(ctx, CorrectRenderer.json(wb.correct.list(wb.config.store(),
                pages.find(ctx.pathParam("id")).id(), Workbench.QUIET))));
        r.post("/api/reports/{id}/corrections", this::correct);
        r.delete("/api/reports/{id}/corrections/{n}", this::uncorrect);
        r.post("/api/reports/{id}/gold", this::gold);
        r.get("/api/tracking", this::tracking);
    }

    /**
     * The body of {@code POST /api/reports/{id}/corrections}: the fields of {@code reportminer correct}. Set any of
     * status, responsible and timeframe, or else one of falseFinding, mergeWith and splitAt.
     */
    record CorrectionBody(String target, String status, String responsible, String timeframe, Boolean falseFinding,
                          String mergeWith, Integer splitAt) {
    }

    private void correct(Context ctx) throws Exception {
        requireStore();
        Report r = pages.find(ctx.pathParam("id"));
        CorrectionBody b;
        try {
            b = wb.services.json().fromJson(ctx.body(), CorrectionBody.class);
        } catch (IOException | RuntimeException e) {
            throw new WebError(HttpStatus.BAD_REQUEST, "body must be {\"target\": \"F3.M2\", \"status\": \"DONE\", …}: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (b == null || b.target() == null || b.target().isBlank()) {
            throw new WebError(HttpStatus.BAD_REQUEST, "a correction needs its target: F3 or F3.M2");
        }
        MeasureStatus status;
        try {
            status = b.status() == null || b.status().isBlank() ? null
                    : MeasureStatus.valueOf(b.status().trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WebError(HttpStatus.BAD_REQUEST, "unknown status '" + b.status() + "': one of "
                    + java.util.Arrays.toString(MeasureStatus.values()));
        }
        var change = new CorrectUseCase.Change(b.target(), status, b.responsible(), b.timeframe(),
                Boolean.TRUE.equals(b.falseFinding()), b.mergeWith() == null || b.mergeWith().isBlank() ? null
                : b.mergeWith(), b.splitAt());
        // under the server's write lock: the use case then takes the store's lock, which no other writer of this
        // process holds, so a user of this server never meets "store locked"
        json(ctx, CorrectRenderer.json(wb.write(() -> wb.correct.add(wb.config.store(), r.id(), change, Workbench.QUIET))));
    }

    private void uncorrect(Context ctx) throws Exception {
        requireStore();
        Report r = pages.find(ctx.pathParam("id"));
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            throw new WebError(HttpStatus.BAD_REQUEST, "the correction's number is not a number: " + ctx.pathParam("n"));
        }
        json(ctx, CorrectRenderer.json(wb.write(() -> wb.correct.remove(wb.config.store(), r.id(), n, Workbench.QUIET))));
    }

    /** Writes the corrected report as eval gold into the store's gold folder; answers with where. */
    private void gold(Context ctx) throws Exception {
        requireStore();
        Report r = pages.find(ctx.pathParam("id"));
        CorrectUseCase.GoldExport out = wb.write(() -> wb.correct.exportGold(wb.config.store(), r.id(),
                pages.goldDir(), Workbench.QUIET));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("manifest", out.manifest().toString());
        body.put("text", out.text().toString());
        body.put("download", "/gold/manifest.json");
        body.put("file", out.entry().file());
        body.put("findings", out.entry().findings().size());
        json(ctx, body);
    }

    /** {@code compare --json}'s {@code tracking[]} and {@code relapses[]}, per organisation. */
    private void tracking(Context ctx) {
        requireStore();
        List<TrackingUseCase.OrgTracking> tracked = TrackingPages.track(wb, ctx.queryParam("org"));
        if (tracked.isEmpty()) {
            throw new WebError(HttpStatus.NOT_FOUND, "nothing to track: need two or more reports of one organisation");
        }
        List<Map<String, Object>> out = tracked.stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("org", t.orgName());
            m.put("reports", t.reports());
            m.put("tracking", t.problems());
            m.put("relapses", t.relapses());
            return m;
        }).toList();
        json(ctx, out.size() == 1 ? out.get(0) : out);
    }


    private void json(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(wb.services.json().toJson(value));
    }

    private void csrf(Context ctx) {
        guard.setCsrfCookie(ctx);
        json(ctx, Map.of("token", guard.csrf(), "header", Guard.CSRF_HEADER, "cookie", Guard.CSRF_COOKIE));
    }

    private void search(Context ctx) throws IOException {
        requireStore();
        var p = new SearchPages.Params(ctx.queryParam("q"), ctx.queryParam("level"), ctx.queryParam("year"),
                ctx.queryParam("org"), ctx.queryParam("kind"), ctx.queryParam("status"), 1);
        Integer limit = PageRoutes.intParam(ctx, "limit");
        SearchQuery query;
        try {
            query = p.query(limit == null ? SearchQuery.DEFAULT_LIMIT : limit)
                    .withExact("true".equals(ctx.queryParam("exact")) || "1".equals(ctx.queryParam("exact")));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
        json(ctx, wb.search.search(new SearchRequest(wb.config.store(), query, null, HighlightTags.BRACKETS,
                wb.config.solr())));
    }

    private void compare(Context ctx) {
        requireStore();
        String years = ctx.queryParam("years");
        YearRange range = years == null || years.isBlank() ? YearRange.ALL : YearRange.parse("years", years);
        CompareOutcome outcome = wb.compare.compare(new CompareRequest(wb.config.store(), ctx.queryParam("org"), range,
                null, null, wb.config.solr()), Workbench.QUIET);
        if (outcome.results().isEmpty()) {
            throw new WebError(HttpStatus.NOT_FOUND, "nothing to compare: need two or more reports of one organisation");
        }
        json(ctx, CompareRenderer.json(outcome));
    }

    /** The file is the request body; its name is the {@code name} parameter (made safe, never used as a path). */
    private void upload(Context ctx) throws Exception {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw new WebError(HttpStatus.BAD_REQUEST, "upload needs ?name=FILE_NAME");
        }
        long declared = contentLength(ctx);
        if (declared > wb.config.maxUploadBytes()) {
            throw new WebError(HttpStatus.CONTENT_TOO_LARGE, name + ": larger than the upload limit of "
                    + wb.config.maxUploadBytes() / (1024 * 1024) + " MB");
        }
        // the whole upload runs under the write lock, so two uploads of the same file end as one report: the
        // second finds the first one's bytes stored
        try (InputStream body = ctx.bodyInputStream()) {
            UploadUseCase.Outcome out = wb.write(() -> wb.upload.upload(wb.config.store(), name, body,
                    wb.config.maxUploadBytes(), Workbench.QUIET));
            json(ctx, out);
        }
    }

    /** The declared body length, or -1 when none was declared (a chunked body is limited while it is read). */
    private static long contentLength(Context ctx) {
        String v = ctx.header("Content-Length");
        try {
            return v == null ? -1 : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new WebError(HttpStatus.BAD_REQUEST, "Content-Length is not a number: " + v);
        }
    }

    private void delete(Context ctx) throws Exception {
        requireStore();
        String id = ctx.pathParam("id");
        json(ctx, wb.write(() -> wb.delete.delete(wb.config.store(), id, Workbench.QUIET)));
    }

    private void metadata(Context ctx) throws Exception {
        requireStore();
        Report r = pages.find(ctx.pathParam("id"));
        MetadataOverrides values;
        try {
            MetadataBody body = wb.services.json().fromJson(ctx.body(), MetadataBody.class);
            values = MetadataForm.parse(body.org(), body.year(), body.kind());
        } catch (IOException | RuntimeException e) {
            throw new WebError(HttpStatus.BAD_REQUEST, "body must be {\"org\": …, \"year\": …, \"kind\": …}: "
                    + e.getMessage());
        }
        json(ctx, wb.write(() -> wb.metadata.update(wb.config.store(), r.id(), values, Workbench.QUIET)));
    }

    /** The body of {@code PUT /api/reports/{id}/metadata}; a missing or null field falls back to the extracted value. */
    record MetadataBody(String org, String year, String kind) {
    }

    private void requireStore() {
        if (!StoreLayout.isStore(wb.config.store())) {
            throw new WebError(HttpStatus.NOT_FOUND, "no store at " + wb.config.store() + "; upload reports first");
        }
    }
}
