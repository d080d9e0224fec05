package org.reportminer.cli.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportminer.cli.CliException;
import org.reportminer.cli.app.ExtractRequest;
import org.reportminer.cli.app.LedgerOutcome;
import org.reportminer.cli.app.LedgerRequest;
import org.reportminer.cli.app.StoreLayout;
import org.reportminer.cli.web.view.Chrome;
import org.reportminer.cli.web.view.ReportPage;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.ReportSummary;
import org.reportminer.pipeline.ledger.Ledger;
import org.reportminer.pipeline.ledger.LedgerWriter;

/** The HTML pages: 资料库, 报告, 整改台账, 检索, 对比; each handler calls one use case and renders its template. */
final class PageRoutes {
    private final Workbench wb;
    private final Templates templates;
    private final Guard guard;

    PageRoutes(Workbench wb, Templates templates, Guard guard) {
        this.wb = wb;
        this.templates = templates;
        this.guard = guard;
    }

    void register(RoutesConfig r) {
        r.get("/", ctx -> ctx.redirect("/library"));
        r.get("/library", this::library);
        r.get("/reports/{id}", this::report);
        r.post("/reports/{id}/metadata", this::metadata);
        r.post("/reports/{id}/delete", this::delete);
        r.get("/reports/{id}/ledger", this::ledger);
        r.get("/reports/{id}/ledger.xlsx", ctx -> download(ctx, LedgerWriter.Format.XLSX));
        r.get("/reports/{id}/ledger.csv", ctx -> download(ctx, LedgerWriter.Format.CSV));
        r.get("/search", this::search);
        r.get("/compare", this::compare);
        r.get("/tracking", this::tracking);
        r.get("/gold/manifest.json", this::goldManifest);
    }

    private Chrome chrome(String title, String nav) {
        return new Chrome(title, nav, guard.csrf());
    }

    private void page(Context ctx, String template, String title, String nav, Object view) {
        ctx.html(templates.render(template, chrome(title, nav), view));
    }

    private List<ReportSummary> summaries() {
        return StoreLayout.isStore(wb.config.store())
                ? wb.catalog.list(wb.config.store(), Workbench.QUIET).stream().sorted(LibraryPages.ORDER).toList()
                : List.of();
    }

    private void library(Context ctx) {
        var filters = new LibraryPages.Filters(ctx.queryParam("year"), ctx.queryParam("org"), ctx.queryParam("kind"));
        page(ctx, "library.jte", "资料库", "library",
                LibraryPages.build(summaries(), filters, wb.config.maxUploadBytes()));
    }

    Report find(String id) {
        if (!StoreLayout.isStore(wb.config.store())) {
            throw new WebError(HttpStatus.NOT_FOUND, "资料库为空：没有报告 " + id);
        }
        try {
            return wb.catalog.show(wb.config.store(), id, wb.config.store(), Workbench.QUIET);
        } catch (CliException e) {
            throw new WebError(HttpStatus.NOT_FOUND, "没有这份报告：" + id);
        }
    }

    private void report(Context ctx) {
        Report r = find(ctx.pathParam("id"));
        ReportPage view = ReportPages.build(r, intParam(ctx, "at"), intParam(ctx, "len"), null);
        page(ctx, "report.jte", view.title(), "library", view);
    }

    private void metadata(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        Report r = find(id);
        MetadataOverrides values;
        try {
            values = MetadataForm.parse(ctx.formParam("org"), ctx.formParam("year"), ctx.formParam("kind"));
        } catch (IllegalArgumentException e) {
            ReportPage view = ReportPages.build(r, null, null, e.getMessage());
            ctx.status(HttpStatus.BAD_REQUEST);
            page(ctx, "report.jte", view.title(), "library", view);
            return;
        }
        wb.write(() -> wb.metadata.update(wb.config.store(), r.id(), values, Workbench.QUIET));
        ctx.redirect(Links.report(r.id()), HttpStatus.SEE_OTHER);
    }

    private void delete(Context ctx) throws Exception {
        Report r = find(ctx.pathParam("id"));
        wb.write(() -> wb.delete.delete(wb.config.store(), r.id(), Workbench.QUIET));
        ctx.redirect("/library", HttpStatus.SEE_OTHER);
    }

    /** The ledger of one report, through the Ledger use case (as {@code reportminer ledger ID} prints it). */
    Ledger ledgerOf(Report r) throws IOException {
        LedgerOutcome out = wb.ledger.ledger(new LedgerRequest(
                new ExtractRequest(List.of(r.id()), wb.config.store(), wb.config.store()), null,
                LedgerWriter.Format.CSV), Workbench.QUIET);
        if (out.printed() == null) {
            throw new WebError(HttpStatus.INTERNAL_SERVER_ERROR, "无法生成台账：" + out.problems());
        }
        return out.printed();
    }

    private void ledger(Context ctx) throws IOException {
        Report r = find(ctx.pathParam("id"));
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String f : List.of("area", "category", "status", "responsible")) {
            chosen.put(f, ctx.queryParam(f));
        }
        String title = r.title() == null ? r.id() : r.title();
        page(ctx, "ledger.jte", "整改台账 · " + title, "library", LedgerPages.build(r.id(), title, ledgerOf(r),
                wb.correct.list(wb.config.store(), r.id(), Workbench.QUIET), chosen, ctx.queryParam("sort"),
                "desc".equals(ctx.queryParam("dir"))));
    }

    /** Writes the ledger file through the Ledger use case into a temporary folder, then sends it. */
    private void download(Context ctx, LedgerWriter.Format format) throws IOException {
        Report r = find(ctx.pathParam("id"));
        String ext = format == LedgerWriter.Format.XLSX ? ".xlsx" : ".csv";
        Path dir = Files.createTempDirectory("reportminer-ledger");
        Path file = dir.resolve("ledger" + ext);
        try {
            wb.ledger.ledger(new LedgerRequest(new ExtractRequest(List.of(r.id()), wb.config.store(),
                    wb.config.store()), file, format), Workbench.QUIET);
            byte[] bytes = Files.readAllBytes(file);
            String name = "台账-" + r.id().substring(0, Math.min(8, r.id().length())) + ext;
            ctx.header("Content-Disposition", "attachment; filename=\"ledger" + ext + "\"; filename*=UTF-8''"
                    + Links.enc(name));
            ctx.contentType(format == LedgerWriter.Format.XLSX
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8");
            ctx.result(bytes);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private void search(Context ctx) throws IOException {
        var p = new SearchPages.Params(ctx.queryParam("q"), ctx.queryParam("level"), ctx.queryParam("year"),
                ctx.queryParam("org"), ctx.queryParam("kind"), ctx.queryParam("status"), pageParam(ctx));
        var view = StoreLayout.isStore(wb.config.store()) ? SearchPages.build(wb, p)
                : SearchPages.build(wb, new SearchPages.Params(null, null, null, null, null, null, 1));
        page(ctx, "search.jte", "检索", "search", view);
    }

    private void compare(Context ctx) {
        var view = StoreLayout.isStore(wb.config.store())
                ? ComparePages.build(wb, ctx.queryParam("org"), ctx.queryParam("from"), ctx.queryParam("to"))
                : new org.reportminer.cli.web.view.ComparePage(List.of(), "", "", "", List.of(), List.of(), null);
        page(ctx, "compare.jte", "对比", "compare", view);
    }

    private void tracking(Context ctx) {
        var view = StoreLayout.isStore(wb.config.store())
                ? TrackingPages.build(wb, summaries(), ctx.queryParam("org"))
                : TrackingPages.empty();
        page(ctx, "tracking.jte", "整改跟踪", "tracking", view);
    }

    /** The gold manifest that "导出为评测基准" wrote into the store (never a path from the client). */
    private void goldManifest(Context ctx) throws IOException {
        Path manifest = goldDir().resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            throw new WebError(HttpStatus.NOT_FOUND, "还没有导出过评测基准（在整改台账页点击“导出为评测基准”）");
        }
        ctx.header("Content-Disposition", "attachment; filename=\"manifest.json\"");
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(Files.readAllBytes(manifest));
    }

    /** Where corrected reports are exported as gold for {@code eval}: a folder inside the store. */
    Path goldDir() {
        return wb.config.store().resolve("gold");
    }

    static int pageParam(Context ctx) {
        Integer p = intParam(ctx, "page");
        return p == null ? 1 : Math.max(1, Math.min(p, 1000));
    }

    static Integer intParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new WebError(HttpStatus.BAD_REQUEST, name + " 应为整数：" + v);
        }
    }
}
