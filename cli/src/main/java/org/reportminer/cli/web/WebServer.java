package org.reportminer.cli.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Locale;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.UploadTooLargeException;
import org.reportminer.cli.app.UploadUseCase;
import org.reportminer.cli.web.view.Chrome;
import org.reportminer.corpus.store.StoreLockedException;

/**
 * The workbench server: Javalin on Jetty, bound to {@link WebConfig#host()}, serving the pages, the JSON API and
 * its own CSS and script ({@code /static/}; nothing is loaded from elsewhere). Start with
 * {@link #start}, stop with {@link #close}.
 */
public final class WebServer implements AutoCloseable {
    private final WebConfig config;
    private final Javalin app;
    private final Workbench wb;

    private WebServer(WebConfig config, Javalin app, Workbench wb) {
        this.config = config;
        this.app = app;
        this.wb = wb;
    }

    /**
     * Builds and starts the server.
     *
     * @throws IOException when the uploads folder of the store cannot be swept
     */
    public static WebServer start(WebConfig config, Services services) throws IOException {
        UploadUseCase.sweepIncoming(config.store());
        Workbench wb = new Workbench(config, services);
        Guard guard = new Guard(config.token());
        Templates templates = new Templates();
        StaticFiles statics = new StaticFiles();
        PageRoutes pages = new PageRoutes(wb, templates, guard);
        ApiRoutes api = new ApiRoutes(wb, pages, guard);
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.http.maxRequestSize = 1024 * 1024;
            c.routes.before(guard::check);
            c.routes.get("/static/{name}", statics::serve);
            pages.register(c.routes);
            api.register(c.routes);
            c.routes.exception(Exception.class, (e, ctx) -> fail(ctx, templates, guard, e));
            c.routes.error(404, "html", ctx -> {
                if (ctx.result() == null) {
                    errorPage(ctx, templates, guard, HttpStatus.NOT_FOUND, "页面不存在：" + ctx.path());
                }
            });
        });
        app.start();
        return new WebServer(config, app, wb);
    }

    /** The port it listens on (the one chosen when the configuration said 0). */
    public int port() {
        return app.port();
    }

    /** The address to open, with the token when there is one. */
    public String url() {
        String host = config.host();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            // bound to every interface: name this machine, as the other machines will reach it
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "127.0.0.1";
            }
        }
        host = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + host + ":" + port() + "/" + (config.token() == null ? "" : "?token=" + config.token());
    }

    @Override
    public void close() {
        app.stop();
        try {
            wb.search.close();
        } catch (IOException e) {
            // the server is stopping; the index was only read
            System.err.println("reportminer serve: closing the index: " + e.getMessage());
        }
    }

    private static void fail(Context ctx, Templates templates, Guard guard, Exception e) {
        HttpStatus status;
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof WebError w) {
            status = w.status();
        } else if (e instanceof UploadTooLargeException) {
            status = HttpStatus.CONTENT_TOO_LARGE;
        } else if (e instanceof StoreLockedException) {
            status = HttpStatus.CONFLICT;
            message = "资料库正被另一个进程写入，请稍后再试（" + message + "）";
        } else if (e instanceof CliException c) {
            status = c.exitCode() == ExitCodes.USAGE ? HttpStatus.BAD_REQUEST : c.exitCode() == ExitCodes.INPUT_PROBLEMS
                    ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
        } else if (e instanceof IllegalArgumentException) {
            status = HttpStatus.BAD_REQUEST;
        } else {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            message = e.getClass().getSimpleName() + ": " + message;
            // a bug, not a bad request: the operator's terminal gets the one line too
            System.err.println("reportminer serve: " + ctx.method() + " " + ctx.path() + ": " + message);
        }
        if (ctx.path().startsWith("/api/")) {
            ctx.status(status);
            ctx.contentType("application/json; charset=utf-8");
            ctx.result("{\"error\":" + jsonString(message.replaceAll("\\s+", " ")) + ",\"status\":" + status.getCode()
                    + "}");
        } else {
            errorPage(ctx, templates, guard, status, message);
        }
    }

    private static void errorPage(Context ctx, Templates templates, Guard guard, HttpStatus status, String message) {
        ctx.status(status);
        ctx.html(templates.render("error.jte", new Chrome("出错了", "", guard.csrf()),
                status.getCode() + " · " + message));
    }

    /** {@code s} as a JSON string literal. */
    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
