package org.reportminer.index.compare;

import java.util.List;

/**
 * 整改后反弹: a problem a report presented as rectified that a later report names again. Field names are a public JSON
 * contract ({@code relapses[]} of {@code compare --json}).
 *
 * @param chain        the chain's number in {@code chains[]}, from 1
 * @param category     the chain's category
 * @param claimed      the finding presented as rectified, in its year
 * @param doneEvidence its measures reported DONE, with the words that said so (empty when the finding's own status
 *                     said it: see {@code claimed.statusEvidence})
 * @param recurred     the same problem in the first later report that names it
 */
public record Relapse(int chain, String category, TrackedFinding claimed, List<TrackedMeasure> doneEvidence,
                      TrackedFinding recurred) {

    public Relapse {
        doneEvidence = List.copyOf(doneEvidence);
    }
}
