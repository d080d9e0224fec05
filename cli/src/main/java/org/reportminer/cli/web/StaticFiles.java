package org.reportminer.cli.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The workbench's own CSS and script, read from the jar once at start and served from memory. Jetty's resource
 * handler would mount the whole 80 MB jar as a zip file system first, which cost seconds of start-up; these two
 * files need none of it. Nothing else is served: there is no path from the request to the class path.
 */
final class StaticFiles {
    private record File(byte[] bytes, String type) {
    }

    private final Map<String, File> files;

    StaticFiles() {
        files = Map.of(
                "app.css", new File(read("app.css"), "text/css; charset=utf-8"),
                "app.js", new File(read("app.js"), "text/javascript; charset=utf-8"));
    }

    void serve(Context ctx) {
        File f = files.get(ctx.pathParam("name"));
        if (f == null) {
            throw new WebError(HttpStatus.NOT_FOUND, "没有这个文件：" + ctx.pathParam("name"));
        }
        ctx.header("Cache-Control", "max-age=3600");
        ctx.contentType(f.type());
        ctx.result(f.bytes());
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("web/" + name + " should always be in the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web/" + name + " from the jar", e);
        }
    }
}
