package org.reportminer.cli.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * The checks before every request, and the headers on every response.
 * <ul>
 *   <li><b>Access token.</b> With a token configured, a request carries it as {@code Authorization: Bearer T}, as
 *       the {@code rm_token} cookie, or once as {@code ?token=T} (which sets the cookie); else 401.</li>
 *   <li><b>Host.</b> Without a token the server is loopback-only, and a request whose {@code Host} is not this
 *       machine is refused (403): a web page elsewhere cannot reach it by DNS rebinding.</li>
 *   <li><b>CSRF.</b> POST, PUT and DELETE carry the per-process token twice: in the {@code rm_csrf} cookie (set by
 *       every page and by {@code GET /api/csrf}) and in the {@code X-CSRF-Token} header or the {@code _csrf} form
 *       field; else 403. Another site's page can make the browser send the cookie, never read it.</li>
 *   <li><b>Headers.</b> A Content-Security-Policy allowing nothing but this origin (no inline script or style, no
 *       framing), {@code nosniff}, no referrer, and no caching of pages.</li>
 * </ul>
 */
final class Guard {
    static final String CSRF_COOKIE = "rm_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";
    static final String TOKEN_COOKIE = "rm_token";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE,
            HandlerType.PATCH);

    private final String token;
    private final String csrf;

    Guard(String token) {
        this.token = token;
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        this.csrf = HexFormat.of().formatHex(b);
    }

    /** The per-process CSRF token. */
    String csrf() {
        return csrf;
    }

    /** Runs before every handler; ends the request with 401 or 403 when a check fails. */
    void check(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        if (token == null) {
            if (!loopbackHost(ctx.header("Host"))) {
                throw new WebError(HttpStatus.FORBIDDEN, "只接受本机地址的请求（Host 不是本机）");
            }
        } else if (!hasToken(ctx)) {
            throw new WebError(HttpStatus.UNAUTHORIZED, "需要访问令牌：请使用启动时打印的地址（含 ?token=）");
        }
        if (WRITES.contains(ctx.method()) && !hasCsrf(ctx)) {
            throw new WebError(HttpStatus.FORBIDDEN, "请求缺少有效的 CSRF 令牌，请刷新页面后重试");
        }
        if (ctx.method() == HandlerType.GET && ctx.cookie(CSRF_COOKIE) == null) {
            setCsrfCookie(ctx);
        }
    }

    void setCsrfCookie(Context ctx) {
        // readable by the page's script (it sends the value back in the header), never by another site
        ctx.cookie(new Cookie(CSRF_COOKIE, csrf, "/", -1, false, false, null, SameSite.STRICT));
    }

    private boolean hasToken(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && same(auth.substring(7).trim(), token)) {
            return true;
        }
        if (same(ctx.cookie(TOKEN_COOKIE), token)) {
            return true;
        }
        if (same(ctx.queryParam("token"), token)) {
            ctx.cookie(new Cookie(TOKEN_COOKIE, token, "/", -1, false, true, null, SameSite.STRICT));
            return true;
        }
        return false;
    }

    private boolean hasCsrf(Context ctx) {
        if (!same(ctx.cookie(CSRF_COOKIE), csrf)) {
            return false;
        }
        String given = ctx.header(CSRF_HEADER);
        if (given == null && ctx.contentType() != null
                && ctx.contentType().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            given = ctx.formParam(CSRF_FIELD);
        }
        return same(given, csrf);
    }

    private static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        return WebConfig.isLoopback(h.toLowerCase(Locale.ROOT));
    }

    /** Constant-time comparison, so response times do not tell how much of a guess was right. */
    private static boolean same(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
