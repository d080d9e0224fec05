package org.reportminer.cli.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.reportminer.cli.web.view.Chrome;

/**
 * The pages' JTE templates, compiled to classes at build time (jte-maven-plugin) and loaded as such: no template
 * compiler at run time. HTML content type, so every {@code ${…}} is escaped for where it stands (text, attribute).
 */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code name} with the layout's {@code chrome} and the page's {@code view}. */
    String render(String name, Chrome chrome, Object view) {
        StringOutput out = new StringOutput();
        engine.render(name, Map.of("chrome", chrome, "view", view), out);
        return out.toString();
    }
}
