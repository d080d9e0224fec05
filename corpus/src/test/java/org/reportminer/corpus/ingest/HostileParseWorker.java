package org.reportminer.corpus.ingest;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A parse child for tests: files whose names start with {@code sleep}, {@code oom}, {@code halt} or {@code print}
 * make it hang, allocate until its heap is gone, die as a native crash would, or print to stdout mid-parse; a file
 * whose name starts with {@code flags} reads as the child's own JVM options, one a line; any other file is read as
 * the real child reads it.
 */
public final class HostileParseWorker {

    private HostileParseWorker() {
    }

    public static void main(String[] args) throws IOException {
        OutputStream frames = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        DocumentReader real = new DocumentReader(Integer.parseInt(args[0]));
        ParseWorker.serve((format, bytes, name, notice) -> {
            if (name.startsWith("sleep")) {
                sleepForever();
            } else if (name.startsWith("oom")) {
                List<long[]> hoard = new ArrayList<>();
                while (true) {
                    hoard.add(new long[1 << 20]);
                }
            } else if (name.startsWith("halt")) {
                Runtime.getRuntime().halt(134);
            } else if (name.startsWith("flags")) {
                return new ExtractedText("JVM options\n" + String.join("\n",
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()),
                        "text/html", null, false);
            } else if (name.startsWith("print")) {
                System.out.println("stray output that must not reach the frames");
            }
            return real.read(format, bytes, name, notice);
        }, System.in, frames);
    }

    private static void sleepForever() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // a hung parser ignores interruption, which is why the parent kills the process
            }
        }
    }
}
