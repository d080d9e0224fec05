package org.reportminer.index.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reportminer.pipeline.classify.ProblemTaxonomy;

/**
 * Builds recurring-problem chains from accepted links: links are taken strongest first and join two groups unless the
 * joined group would hold two findings of the same report (a chain says "this problem, in each year's words"). Chains
 * are returned strongest first: more years first, then the larger sum of link scores. Stateless and thread-safe.
 */
public final class ChainBuilder {

    /**
     * @param links      accepted links
     * @param categories the category of each finding by {@link FindingRef#key()}; missing keys count as 其他
     */
    public List<Chain> build(List<Link> links, Map<String, String> categories) {
        List<Link> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparingDouble(Link::score).reversed()
                .thenComparing(l -> l.from().key()).thenComparing(l -> l.to().key()));
        Map<String, Group> groupOf = new HashMap<>();
        for (Link l : sorted) {
            Group a = groupOf.computeIfAbsent(l.from().key(), k -> new Group(l.from()));
            Group b = groupOf.computeIfAbsent(l.to().key(), k -> new Group(l.to()));
            if (a == b) {
                a.links.add(l);
                continue;
            }
            if (!disjointReports(a, b)) {
                continue;
            }
            Group big = a.members.size() >= b.members.size() ? a : b;
            Group small = big == a ? b : a;
            big.members.addAll(small.members);
            big.reports.addAll(small.reports);
            big.links.addAll(small.links);
            big.links.add(l);
            for (FindingRef f : small.members) {
                groupOf.put(f.key(), big);
            }
        }
        Set<Group> groups = new java.util.LinkedHashSet<>(groupOf.values());
        List<Chain> chains = new ArrayList<>();
        for (Group g : groups) {
            if (g.members.size() >= 2) {
                chains.add(g.toChain(categories));
            }
        }
        chains.sort(Comparator.comparingInt((Chain c) -> c.years().size()).reversed()
                .thenComparing(Comparator.comparingDouble(Chain::strength).reversed())
                .thenComparing(c -> c.findings().get(0).key()));
        return chains;
    }

    private static boolean disjointReports(Group a, Group b) {
        for (String r : a.reports) {
            if (b.reports.contains(r)) {
                return false;
            }
        }
        return true;
    }

    private static final class Group {
        final List<FindingRef> members = new ArrayList<>();
        final Set<String> reports = new HashSet<>();
        final List<Link> links = new ArrayList<>();

        Group(FindingRef first) {
            members.add(first);
            reports.add(first.reportId());
        }

        Chain toChain(Map<String, String> categories) {
            List<FindingRef> ordered = new ArrayList<>(members);
            ordered.sort(Comparator.comparingInt(FindingRef::year).thenComparing(FindingRef::reportId));
            TreeSet<Integer> years = new TreeSet<>();
            Map<String, Integer> cat = new LinkedHashMap<>();
            for (FindingRef f : ordered) {
                years.add(f.year());
                cat.merge(categories.getOrDefault(f.key(), ProblemTaxonomy.OTHER), 1, Integer::sum);
            }
            double strength = 0;
            Map<String, Integer> terms = new LinkedHashMap<>();
            for (Link l : links) {
                strength += l.score();
                for (String e : l.evidence()) {
                    if (e.startsWith("term:")) {
                        terms.merge(e.substring(5), 1, Integer::sum);
                    }
                }
            }
            // ties break by name, so the same reports always print the same chains
            String category = cat.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                    .map(Map.Entry::getKey).orElse(ProblemTaxonomy.OTHER);
            List<String> evidence = terms.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();
            return new Chain(ordered, List.copyOf(years), strength, category, evidence);
        }
    }
}
