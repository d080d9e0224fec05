package org.reportminer.cli.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** The query string of a ledger column's sort link: the filters kept, the column and direction set. */
public final class SortLinks {
    private SortLinks() {
    }

    /** {@code area=…&status=…&sort=COL&dir=asc|desc}, every value encoded. */
    public static String query(Map<String, String> filters, String column, boolean desc) {
        StringJoiner q = new StringJoiner("&");
        filters.forEach((k, v) -> q.add(enc(k) + "=" + enc(v)));
        q.add("sort=" + enc(column));
        q.add("dir=" + (desc ? "desc" : "asc"));
        return q.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
