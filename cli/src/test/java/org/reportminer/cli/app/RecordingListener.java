package org.reportminer.cli.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A listener that writes down every event as one line, in order, so a test can assert the whole sequence. */
final class RecordingListener implements ProgressListener {
    final List<String> events = new ArrayList<>();

    @Override
    public void started(String task, int total) {
        events.add("started " + task + " " + total);
    }

    @Override
    public void stepped(String line) {
        events.add("stepped " + line);
    }

    @Override
    public void finished() {
        events.add("finished");
    }

    @Override
    public void warned(String line) {
        events.add("warned " + line);
    }

    @Override
    public void creatingStore(Path dir) {
        events.add("creatingStore " + dir);
    }

    @Override
    public void wrote(Path file, String detail) {
        events.add("wrote " + file + " " + detail);
    }

    List<String> starting(String prefix) {
        return events.stream().filter(e -> e.startsWith(prefix)).toList();
    }
}
