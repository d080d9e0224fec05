package org.reportminer.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.testing.SharedData;
import org.reportminer.pipeline.classify.ProblemTaxonomy;
import org.reportminer.pipeline.classify.SynonymTable;
import org.reportminer.pipeline.extract.ProblemSentenceExtractor;

/**
 * The in-memory {@link CandidateIndex} retrieves exactly what the former Lucene index ({@link LuceneCandidateIndex},
 * kept here as the oracle) retrieved, so compare links stay the same (issue 15): on a generated comparison of 200
 * reports (20 organisations of ten years, 15 findings each drawn from the State Council reports' problem sentences,
 * some shortened or with a clause dropped so that near-duplicates and partial matches occur), the candidate lists of
 * every finding and the whole {@link Linking} (ranked matches with scores and evidence, accepted links) are equal.
 */
class CandidateIndexTest {

    private static final int ORGS = 20;
    private static final int YEARS = 10;
    private static final int FINDINGS = 15;
    private static List<List<FindingRef>> blocks;

    @BeforeAll
    static void generate() throws IOException {
        List<String> pool = new ArrayList<>();
        ProblemSentenceExtractor x = new ProblemSentenceExtractor();
        for (int year : new int[] {2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025}) {
            String text = Files.readString(SharedData.corpora().resolve("gov-work-reports/" + year + ".txt"),
                    StandardCharsets.UTF_8);
            x.extract(text).stream().map(Finding::surface).forEach(pool::add);
        }
        Random rnd = new Random(15);
        blocks = new ArrayList<>();
        for (int org = 0; org < ORGS; org++) {
            List<FindingRef> refs = new ArrayList<>();
            for (int y = 0; y < YEARS; y++) {
                for (int f = 0; f < FINDINGS; f++) {
                    String s = pool.get(rnd.nextInt(pool.size()));
                    int cut = s.indexOf('，');
                    s = switch (rnd.nextInt(4)) {
                        case 0 -> s.substring(0, Math.max(4, s.length() * 2 / 3));
                        case 1 -> cut > 0 ? s.substring(cut + 1) : s;
                        default -> s;
                    };
                    refs.add(new FindingRef("org" + org + "-" + (2011 + y), 2011 + y, "F" + f, s));
                }
            }
            blocks.add(refs);
        }
    }

    @Test
    void everyFindingGetsTheCandidatesTheLuceneIndexGave() {
        ProblemTaxonomy taxonomy = ProblemTaxonomy.bundled();
        SynonymTable synonyms = SynonymTable.bundled();
        int compared = 0;
        // five organisations suffice here: the links test below covers all twenty through the linker
        for (List<FindingRef> refs : blocks.subList(0, 5)) {
            List<FindingProfile> profiles = new ArrayList<>();
            for (FindingRef f : refs) {
                int report = f.year() - 2011;
                profiles.add(FindingProfile.of(profiles.size(), report, f, taxonomy, synonyms));
            }
            BlockStats stats = new BlockStats(profiles);
            try (Candidates fast = new CandidateIndex(profiles); Candidates oracle = new LuceneCandidateIndex(profiles)) {
                for (FindingProfile p : profiles) {
                    for (int k : new int[] {36, 300}) {
                        assertEquals(oracle.candidates(p, k, stats), fast.candidates(p, k, stats),
                                p.ref().key() + " k=" + k + ": " + p.ref().text());
                        compared++;
                    }
                }
            }
        }
        assertEquals(2 * 5 * YEARS * FINDINGS, compared);
    }

    @Test
    void linksOfAGeneratedTwoHundredReportCompareAreThoseOfTheLucenePath() {
        FindingLinker linker = FindingLinker.standard();
        int links = 0;
        for (List<FindingRef> refs : blocks) {
            Linking fast = linker.link(refs);
            assertEquals(linker.link(refs, LuceneCandidateIndex::new), fast, refs.get(0).reportId());
            links += fast.links().size();
        }
        assertTrue(links > ORGS * YEARS * FINDINGS / 2, links + " links: too few to prove anything");
    }
}
