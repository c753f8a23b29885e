package org.dutygraph.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Matches the tasks of one document to the tasks of another by their texts: the similarity search of duplicates
 * ({@link SimilarityFinder}) with each document as its own "owner", so only pairs across the two count. Lineage links
 * each child task to its best parent task ({@link #bestBefore}); a comparison pairs tasks one to one
 * ({@link #oneToOne}).
 */
public final class TaskMatcher {

    private TaskMatcher() {
    }

    /** Task {@code before} of the first list matches task {@code after} of the second with this similarity. */
    public record Match(int before, int after, double score) {
    }

    /** Every pair across the two lists at or above {@code min}. */
    public static List<Match> across(List<String> before, List<String> after, double min) {
        List<SimilarityFinder.Item> items = new ArrayList<>(before.size() + after.size());
        before.forEach(text -> items.add(new SimilarityFinder.Item("before", text)));
        after.forEach(text -> items.add(new SimilarityFinder.Item("after", text)));
        List<Match> matches = new ArrayList<>();
        for (SimilarityFinder.Pair pair : SimilarityFinder.find(items)) {
            if (pair.score() >= min && pair.first() < before.size() && pair.second() >= before.size()) {
                matches.add(new Match(pair.first(), pair.second() - before.size(), pair.score()));
            }
        }
        return matches;
    }

    /** For each task of {@code after} with a match at or above {@code min}, its most similar task of {@code before}. */
    public static List<Match> bestBefore(List<String> before, List<String> after, double min) {
        Map<Integer, Match> best = new LinkedHashMap<>();
        for (Match m : across(before, after, min)) {
            Match known = best.get(m.after());
            if (known == null || known.score() < m.score()) {
                best.put(m.after(), m);
            }
        }
        return List.copyOf(best.values());
    }

    /**
     * Pairs at or above {@code min}, each task in at most one: the most similar first, a pair {@code preferred} says
     * belongs together (the same department) winning a tie.
     */
    public static List<Match> oneToOne(List<String> before, List<String> after, double min,
                                       BiPredicate<Integer, Integer> preferred) {
        List<Match> candidates = new ArrayList<>(across(before, after, min));
        candidates.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> !preferred.test(m.before(), m.after())));
        Set<Integer> usedBefore = new HashSet<>();
        Set<Integer> usedAfter = new HashSet<>();
        List<Match> chosen = new ArrayList<>();
        for (Match m : candidates) {
            if (!usedBefore.contains(m.before()) && !usedAfter.contains(m.after())) {
                usedBefore.add(m.before());
                usedAfter.add(m.after());
                chosen.add(m);
            }
        }
        return chosen;
    }
}
