package org.reportminer.cli.work;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;

/**
 * Refuses an output file that is one of the command's inputs: {@code extract -o report.txt report.txt} must never
 * replace the report with its own JSON. Paths are compared after resolving links and {@code ..}, so another
 * spelling of the same file is caught too.
 */
public final class OutputGuard {
    private OutputGuard() {
    }

    /**
     * @param output the output file as resolved against the working directory (may not exist yet)
     * @param shown  the output as the user wrote it, for the message
     * @param args   the command's input arguments, resolved against {@code base}; ids that are not files are ignored
     * @throws CliException (usage) naming the output when it is, or lies inside, one of the inputs
     */
    public static void requireNotAnInput(Path output, String shown, List<String> args, Path base) {
        Path out = canonical(output);
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path p = base.resolve(arg).normalize();
            if (Files.exists(p)) {
                files.add(p);
            }
        }
        for (Path input : files) {
            Path in = canonical(input);
            if (out.equals(in)) {
                throw new CliException(ExitCodes.USAGE, "-o " + shown + " is one of the inputs; "
                        + "choose another output file (the input is left untouched)");
            }
        }
        if (Files.isRegularFile(output)) {
            for (Path f : InputFiles.expand(files)) {
                if (canonical(f).equals(out)) {
                    throw new CliException(ExitCodes.USAGE, "-o " + shown + " is one of the input files under "
                            + f.getParent() + "; choose another output file (the input is left untouched)");
                }
            }
        }
    }

    /** The real path when the file exists (links resolved), else the absolute normalised path. */
    private static Path canonical(Path p) {
        try {
            return Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
