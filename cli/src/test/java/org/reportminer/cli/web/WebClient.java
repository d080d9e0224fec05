package org.reportminer.cli.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A test's HTTP client for the workbench: it fetches the CSRF token once and sends it (cookie + header) on writes. */
final class WebClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String csrf;

    WebClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> sendBytes(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    /** {@code b} with the CSRF cookie and header. */
    HttpRequest.Builder withCsrf(HttpRequest.Builder b) throws IOException, InterruptedException {
        return b.header("Cookie", Guard.CSRF_COOKIE + "=" + csrf()).header(Guard.CSRF_HEADER, csrf());
    }

    String csrf() throws IOException, InterruptedException {
        if (csrf == null) {
            csrf = json(get("/api/csrf")).get("token").asText();
        }
        return csrf;
    }

    JsonNode upload(Path file) throws IOException, InterruptedException {
        return upload(file.getFileName().toString(), Files.readAllBytes(file));
    }

    JsonNode upload(String name, byte[] bytes) throws IOException, InterruptedException {
        HttpResponse<String> r = send(withCsrf(request("/api/upload?name=" + enc(name))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))));
        if (r.statusCode() != 200) {
            throw new AssertionError("upload " + name + ": " + r.statusCode() + " " + r.body());
        }
        return json(r);
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The first {@code href} in {@code html} whose value starts with {@code prefix}, unescaped. */
    static String firstHref(String html, String prefix) {
        Matcher m = Pattern.compile("href=\"(" + Pattern.quote(prefix) + "[^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no link starting " + prefix);
        }
        return m.group(1).replace("&amp;", "&");
    }
}
