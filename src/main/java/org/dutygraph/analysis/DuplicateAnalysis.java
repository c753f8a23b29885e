package org.dutygraph.analysis;

import org.dutygraph.model.GraphRows;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.similarity.Differences;
import org.dutygraph.similarity.Shingles;
import org.dutygraph.similarity.SimilarityFinder;
import org.dutygraph.model.Task;
import org.dutygraph.cypher.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Duplicated tasks. The pairs come from the graph (SIMILAR_TO, found at import by {@link SimilarityFinder} within a
 * document and between the documents of one government); pairs
 * that pass {@code minSimilarity} are joined into groups (connected components); each group then explains itself: the
 * passage its clauses share and what differs between them. Differences are read on the whole clauses when they are
 * near-identical, and on the shared sentences otherwise (two long clauses that share one sentence differ everywhere
 * else, and that is not an inconsistency).
 */
@Service
@Transactional(readOnly = true)
public class DuplicateAnalysis {

    private final CypherClient cypher;

    DuplicateAnalysis(CypherClient cypher) {
        this.cypher = cypher;
    }

    /**
     * The similar pairs of these documents at {@code minSimilarity}: within each document, and between two documents
     * of one government (both stored at import).
     */
    public List<DuplicateGroup.SimilarPair> pairs(List<String> documentIds, double minSimilarity, boolean includeBoilerplate) {
        return pairs(AnalysisScope.Coverage.of(documentIds), minSimilarity, includeBoilerplate);
    }

    /** The same for the documents asked for, found by the statement itself (refused when unknown). */
    private List<DuplicateGroup.SimilarPair> pairs(AnalysisScope.Coverage coverage, double minSimilarity, boolean includeBoilerplate) {
        return pairs(coverage.read(cypher, "analysis/similar-tasks",
                Map.of("minSimilarity", minSimilarity, "includeBoilerplate", includeBoilerplate), "first").rows());
    }

    /**
     * The similar pairs between a clause one of two departments owns and a clause the other owns, at
     * {@code minSimilarity}, boilerplate left out: the pairs {@link #pairs(List, double, boolean)} would give for
     * them, read without the rest of the document.
     */
    public List<DuplicateGroup.SimilarPair> pairsBetween(List<String> documentIds, String departmentA, String departmentB,
                                                         double minSimilarity) {
        return pairs(cypher.rows("analysis/overlap-duplicates", Map.of("documentIds", documentIds, "a", departmentA,
                "b", departmentB, "minSimilarity", minSimilarity)));
    }

    private static List<DuplicateGroup.SimilarPair> pairs(List<Row> rows) {
        List<DuplicateGroup.SimilarPair> pairs = new ArrayList<>();
        for (Row r : rows) {
            pairs.add(new DuplicateGroup.SimilarPair(
                    GraphRows.task(r, "first", "firstOwnerIds"),
                    GraphRows.task(r, "second", "secondOwnerIds"),
                    r.number("score"), r.text("passage"), r.number("passageScore", 0)));
        }
        return pairs;
    }

    public List<DuplicateGroup> analyse(List<String> documentIds, double minSimilarity, boolean includeBoilerplate) {
        return analyse(AnalysisScope.Coverage.of(documentIds), minSimilarity, includeBoilerplate);
    }

    /** The duplicate groups of the documents asked for: one statement, the documents' check included. */
    public List<DuplicateGroup> analyse(AnalysisScope.Coverage coverage, double minSimilarity, boolean includeBoilerplate) {
        List<DuplicateGroup.SimilarPair> pairs = pairs(coverage, minSimilarity, includeBoilerplate);
        // Whole-clause links join clauses; a shared sentence joins only the clauses that share that sentence, so a
        // clause sharing one sentence with X and another with Y does not fuse X's and Y's work into one group.
        List<DuplicateGroup.SimilarPair> whole = pairs.stream().filter(p -> p.similarity() >= minSimilarity).toList();
        List<DuplicateGroup.SimilarPair> passages = pairs.stream().filter(p -> p.similarity() < minSimilarity).toList();
        List<List<DuplicateGroup.SimilarPair>> components = new ArrayList<>(sharingTasks(whole));
        List<int[]> passageShingles = passages.stream().map(p -> Shingles.of(Shingles.normalize(p.passage()))).toList();
        components.addAll(components(passages, (i, j) -> Shingles.jaccard(passageShingles.get(i),
                passageShingles.get(j)) >= SimilarityFinder.MIN_PASSAGE_SCORE));
        List<DuplicateGroup> groups = new ArrayList<>();
        for (List<DuplicateGroup.SimilarPair> links : components) {
            groups.add(group(links, minSimilarity));
        }
        groups.sort(Comparator.comparing((DuplicateGroup g) -> g.kind()).thenComparing(DuplicateGroup::similarity,
                Comparator.reverseOrder()).thenComparing(g -> order(g.tasks().getFirst())));
        return groups;
    }

    /** Two pairs, by index, that belong to one group. */
    private interface Link {
        boolean test(int i, int j);
    }

    /**
     * Connected components of pairs, two pairs being linked when they share a task: each pair is joined to the pair
     * that last had one of its tasks, so the work grows with the pairs, not with their square (over all documents of a
     * portfolio there are a hundred thousand pairs). The components and their order are those of {@link #components}.
     */
    private static List<List<DuplicateGroup.SimilarPair>> sharingTasks(List<DuplicateGroup.SimilarPair> pairs) {
        int[] parent = new int[pairs.size()];
        Map<String, Integer> pairOfTask = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            parent[i] = i;
            for (String task : List.of(pairs.get(i).first().id(), pairs.get(i).second().id())) {
                Integer earlier = pairOfTask.put(task, i);
                if (earlier != null) {
                    parent[root(parent, i)] = root(parent, earlier);
                }
            }
        }
        return byRoot(pairs, parent);
    }

    /** Connected components of pairs, two pairs (by index) being linked when {@code linked} says so. */
    private static List<List<DuplicateGroup.SimilarPair>> components(List<DuplicateGroup.SimilarPair> pairs, Link linked) {
        int[] parent = new int[pairs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < pairs.size(); i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                if (linked.test(i, j)) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        return byRoot(pairs, parent);
    }

    /** The pairs grouped by their root, groups in the order of their first pair, pairs in their order. */
    private static List<List<DuplicateGroup.SimilarPair>> byRoot(List<DuplicateGroup.SimilarPair> pairs, int[] parent) {
        Map<Integer, List<DuplicateGroup.SimilarPair>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            byRoot.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(pairs.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static DuplicateGroup group(List<DuplicateGroup.SimilarPair> links, double minSimilarity) {
        Map<String, Task> members = new LinkedHashMap<>();
        links.forEach(p -> {
            members.putIfAbsent(p.first().id(), p.first());
            members.putIfAbsent(p.second().id(), p.second());
        });
        List<Task> tasks = members.values().stream().sorted(Comparator.comparing(DuplicateAnalysis::order)).toList();
        boolean whole = links.stream().allMatch(p -> p.similarity() >= minSimilarity);
        double similarity = links.stream().mapToDouble(p -> p.similarity() >= minSimilarity ? p.similarity() : p.passageSimilarity())
                .min().orElse(0);
        String passage;
        List<String> compared;
        if (whole) {
            passage = tasks.get(0).text();
            for (Task t : tasks.subList(1, tasks.size())) {
                passage = Differences.longestCommonPassage(passage, t.text());
            }
            compared = tasks.stream().map(Task::text).toList();
        } else {
            passage = links.stream().filter(p -> p.passage() != null)
                    .max(Comparator.comparingDouble(DuplicateGroup.SimilarPair::passageSimilarity)
                            .thenComparing(p -> p.passage().length()))
                    .map(DuplicateGroup.SimilarPair::passage).orElse("");
            String reference = passage;
            compared = tasks.stream().map(t -> closestSentence(t.text(), reference)).toList();
        }
        Differences differences = Differences.of(compared);
        List<DuplicateGroup.Difference> listed = new ArrayList<>();
        List<String> inconsistencies = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            add(listed, t, DuplicateGroup.DifferenceKind.NUMBER, differences.numbers().get(i));
            add(listed, t, DuplicateGroup.DifferenceKind.SCOPE, differences.scopes().get(i));
            add(listed, t, DuplicateGroup.DifferenceKind.ROLE_WORD, differences.roleWords().get(i));
        }
        describe(inconsistencies, "numbers", tasks, differences.numbers());
        describe(inconsistencies, "scope words", tasks, differences.scopes());
        return new DuplicateGroup(tasks.getFirst().id(), whole ? DuplicateGroup.Kind.NEAR_IDENTICAL : DuplicateGroup.Kind.SHARED_PASSAGE,
                similarity, passage, tasks, links, listed, differences.inconsistent(), inconsistencies);
    }

    private static void add(List<DuplicateGroup.Difference> listed, Task task, DuplicateGroup.DifferenceKind kind, Set<String> values) {
        if (!values.isEmpty()) {
            listed.add(new DuplicateGroup.Difference(task, kind, List.copyOf(values)));
        }
    }

    private static void describe(List<String> out, String what, List<Task> tasks, List<Set<String>> values) {
        if (values.stream().filter(v -> !v.isEmpty()).distinct().count() < 2) {
            return; // at most one clause states a value: an omission, listed among the differences, not a conflict
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            parts.add(tasks.get(i).name() + " says " + (values.get(i).isEmpty() ? "none of them" : String.join("、", values.get(i))));
        }
        out.add(what + " differ: " + String.join("; ", parts));
    }

    /** The sentence of {@code text} closest to {@code passage}: what a passage-only duplicate shares. */
    private static String closestSentence(String text, String passage) {
        int[] target = Shingles.of(Shingles.normalize(passage));
        String best = text;
        double bestScore = -1;
        for (String sentence : SimilarityFinder.sentences(text)) {
            double score = Shingles.jaccard(Shingles.of(Shingles.normalize(sentence)), target);
            if (score > bestScore) {
                bestScore = score;
                best = sentence.strip();
            }
        }
        return best;
    }

    private static String order(Task t) {
        return String.format("%s/%04d/%04d", t.documentId(), t.section(), t.ordinal());
    }
}
