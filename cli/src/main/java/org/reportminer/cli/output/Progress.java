package org.reportminer.cli.output;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress over a batch: a progress bar on an interactive terminal, otherwise one plain line per item on stderr,
 * so logs and pipes stay readable. Not thread-safe: call from one thread.
 */
public final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintWriter err;
    private final long total;
    private long done;

    private Progress(ProgressBar bar, PrintWriter err, long total) {
        this.bar = bar;
        this.err = err;
        this.total = total;
    }

    /**
     * @param task  short label ("ingest")
     * @param total number of items
     * @param tty   true for a progress bar, false for plain lines
     * @param err   where plain lines go
     */
    public static Progress start(String task, long total, boolean tty, PrintWriter err) {
        if (tty && total > 1) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            return new Progress(bar, err, total);
        }
        return new Progress(null, err, total);
    }

    /** Marks one item finished; {@code line} is printed in plain mode (prefixed with [n/total]). */
    public void step(String line) {
        done++;
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(" " + TextTable.cut(TerminalText.escape(line), 40));
        } else {
            err.println("[" + done + "/" + total + "] " + line);
            err.flush();
        }
    }

    /** Prints a line above the bar (warnings that must not be lost). */
    public void note(String line) {
        if (bar != null) {
            bar.pause();
            err.println(line);
            err.flush();
            bar.resume();
        } else {
            err.println(line);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
