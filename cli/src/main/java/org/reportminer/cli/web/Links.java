package org.reportminer.cli.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** The workbench's URLs, built in one place so that every value is encoded. */
final class Links {
    private Links() {
    }

    static String report(String id) {
        return "/reports/" + enc(id);
    }

    /** The place {@code [start, start+len)} in a report: the report page marks it and scrolls to it. */
    static String at(String id, int start, int len) {
        return report(id) + "?at=" + start + "&len=" + Math.max(0, len) + "#at";
    }

    static String finding(String id, String findingId) {
        return report(id) + "#f-" + enc(findingId);
    }

    static String ledger(String id) {
        return report(id) + "/ledger";
    }

    /** {@code path} with the non-empty parameters, in the order given. */
    static String query(String path, Map<String, String> params) {
        StringJoiner q = new StringJoiner("&");
        params.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                q.add(enc(k) + "=" + enc(v));
            }
        });
        return q.length() == 0 ? path : path + "?" + q;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
