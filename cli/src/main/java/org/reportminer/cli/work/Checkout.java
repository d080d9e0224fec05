package org.reportminer.cli.work;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportminer.cli.CliEnv;

/**
 * Where the running jar sits in its checkout ({@code cli/target/reportminer.jar}), so commands can find the bundled
 * {@code examples/} and the {@code reportminer} launcher beside it.
 */
public final class Checkout {
    private Checkout() {
    }

    /** The jar this code runs from, or empty when it runs from classes (tests, IDE). */
    public static Optional<Path> jar() {
        try {
            java.security.CodeSource source = Checkout.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            // no code location: callers fall back to the working directory
            return Optional.empty();
        }
    }

    /** The checkout root three levels above the jar, when the jar is where the build puts it. */
    public static Optional<Path> root() {
        return jar().map(j -> j.getParent() == null ? null : j.getParent().getParent())
                .map(p -> p == null ? null : p.getParent());
    }

    /** The places {@code examples/} is looked for: the working directory, then the checkout of the jar. */
    public static List<Path> exampleCandidates(CliEnv env) {
        List<Path> out = new ArrayList<>();
        out.add(env.workDir().resolve("examples"));
        root().map(r -> r.resolve("examples")).ifPresent(out::add);
        return out;
    }

    /** The first existing {@code examples/} folder, if any. */
    public static Optional<Path> examples(CliEnv env) {
        return exampleCandidates(env).stream().filter(Files::isDirectory).findFirst();
    }
}
