package org.reportminer.index.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.MeasureStatus;

/**
 * Tracks recurring problems over the years (整改跟踪) and flags relapses (整改后反弹).
 *
 * <p>A finding is <em>claimed done</em> when its own status is DONE, or when it has measures and every one is DONE
 * or ONGOING (kept up as routine) with at least one DONE: nothing is left in progress, planned or without a stated
 * status. A chain member claimed done that a later year's member of the same chain ({@link ChainBuilder}) names
 * again is a relapse; the later member is the first one in a later year. Reports are read as given, so a user's
 * corrected statuses count. Stateless and thread-safe.
 */
public final class RelapseTracker {

    /**
     * @param chains  the recurring-problem chains, strongest first
     * @param findings the compared findings (or problem sentences) by {@link FindingRef#key()}; a chain member
     *                 missing here is tracked by its reference alone, without offsets or measures
     */
    public List<ProblemTrack> track(List<Chain> chains, Map<String, Finding> findings) {
        List<ProblemTrack> out = new ArrayList<>();
        for (int i = 0; i < chains.size(); i++) {
            Chain c = chains.get(i);
            List<TrackedFinding> steps = new ArrayList<>();
            for (FindingRef ref : c.findings()) {
                steps.add(tracked(ref, findings.get(ref.key())));
            }
            ProblemTrack t = new ProblemTrack(i + 1, c.category(), steps, false);
            out.add(relapses(List.of(t)).isEmpty() ? t : new ProblemTrack(i + 1, c.category(), steps, true));
        }
        return out;
    }

    /** The relapses of {@code tracks}, in chain order, then by the claimed finding's year. */
    public List<Relapse> relapses(List<ProblemTrack> tracks) {
        List<Relapse> out = new ArrayList<>();
        for (ProblemTrack t : tracks) {
            List<TrackedFinding> fs = t.findings();
            for (int i = 0; i < fs.size(); i++) {
                TrackedFinding done = fs.get(i);
                if (!done.claimedDone()) {
                    continue;
                }
                for (int j = i + 1; j < fs.size(); j++) {
                    if (fs.get(j).year() > done.year()) {
                        List<TrackedMeasure> evidence = done.measures().stream()
                                .filter(m -> m.status() == MeasureStatus.DONE).toList();
                        out.add(new Relapse(t.chain(), t.category(), done, evidence, fs.get(j)));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static TrackedFinding tracked(FindingRef ref, Finding f) {
        if (f == null) {
            throw new IllegalArgumentException("chain member " + ref.key() + " is not among the compared findings");
        }
        List<TrackedMeasure> measures = f.measures().stream().map(TrackedMeasure::of).toList();
        return new TrackedFinding(ref.reportId(), ref.year(), f.id(), f.surface(), f.start(), f.end(),
                f.detail().status(), f.detail().statusEvidence(), measures, claimedDone(f));
    }

    /** Whether the report presents {@code f} as rectified (see the class comment). */
    static boolean claimedDone(Finding f) {
        if (f.detail().status() != null) {
            return f.detail().status() == MeasureStatus.DONE;
        }
        boolean anyDone = false;
        for (var m : f.measures()) {
            if (m.status() == MeasureStatus.DONE) {
                anyDone = true;
            } else if (m.status() != MeasureStatus.ONGOING) {
                return false;
            }
        }
        return anyDone;
    }
}
