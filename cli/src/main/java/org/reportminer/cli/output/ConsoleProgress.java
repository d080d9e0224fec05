package org.reportminer.cli.output;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import org.reportminer.cli.app.ProgressListener;

/**
 * Shows a use case's progress on stderr: a {@link Progress} bar or plain {@code [n/total]} lines during a batch,
 * warnings as {@code reportminer: LINE} (above the bar while one runs), written files as {@code wrote FILE}. Paths
 * are shown as the user would type them. Not thread-safe: use cases call it from one thread.
 */
public final class ConsoleProgress implements ProgressListener {
    private final PrintWriter err;
    private final boolean tty;
    private final Function<Path, String> display;
    private Progress progress;

    /**
     * @param err     where everything goes
     * @param tty     whether {@code err} is a terminal (progress bar) or not (plain lines)
     * @param display how a path is shown (relative to the working directory, control characters escaped)
     */
    public ConsoleProgress(PrintWriter err, boolean tty, Function<Path, String> display) {
        this.err = err;
        this.tty = tty;
        this.display = display;
    }

    @Override
    public void started(String task, int total) {
        finished();
        progress = Progress.start(task, total, tty, err);
    }

    @Override
    public void stepped(String line) {
        if (progress != null) {
            progress.step(line);
        }
    }

    @Override
    public void finished() {
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }

    @Override
    public void warned(String line) {
        print("reportminer: " + line);
    }

    /** As {@link ProgressListener#refused}, with the reason cut to two lines of a terminal. */
    @Override
    public void refused(String source, String reportId, String reason) {
        ProgressListener.super.refused(source, reportId, TextTable.cut(reason, 160));
    }

    @Override
    public void creatingStore(Path dir) {
        print("creating store " + display.apply(dir));
    }

    @Override
    public void wrote(Path file, String detail) {
        print("wrote " + display.apply(file) + (detail.isEmpty() ? "" : " (" + detail + ")"));
    }

    private void print(String line) {
        if (progress != null) {
            progress.note(line);
        } else {
            err.println(line);
            err.flush();
        }
    }
}
