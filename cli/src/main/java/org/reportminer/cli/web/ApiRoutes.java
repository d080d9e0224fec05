package org.reportminer.cli.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.app.CompareOutcome;
import org.reportminer.cli.app.CompareRequest;
import org.reportminer.cli.app.SearchRequest;
import org.reportminer.cli.app.StoreLayout;
import org.reportminer.cli.app.UploadUseCase;
import org.reportminer.cli.app.YearRange;
import org.reportminer.cli.output.CompareRenderer;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.SearchQuery;

/**
 * The JSON API under {@code /api/}: the same use cases as the pages, answering with the shapes of the CLI's
 * {@code --json} (written by the same codec): {@code list}, {@code show}, {@code ledger}, {@code search},
 * {@code compare}, plus upload, delete and metadata.
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
            query = p.query(limit == null ? SearchQuery.DEFAULT_LIMIT : limit);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
        json(ctx, wb.search.search(new SearchRequest(wb.config.store(), query, null, HighlightTags.BRACKETS)));
    }

    private void compare(Context ctx) {
        requireStore();
        String years = ctx.queryParam("years");
        YearRange range = years == null || years.isBlank() ? YearRange.ALL : YearRange.parse("years", years);
        CompareOutcome outcome = wb.compare.compare(new CompareRequest(wb.config.store(), ctx.queryParam("org"), range,
                null, null), Workbench.QUIET);
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
