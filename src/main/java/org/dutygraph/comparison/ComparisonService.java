package org.dutygraph.comparison;

import org.dutygraph.model.GraphRows;

import org.dutygraph.analysis.LoadBalance;
import org.dutygraph.analysis.LoadBalanceAnalysis;
import org.dutygraph.cypher.CypherClient;
import org.dutygraph.model.Document;
import org.dutygraph.model.DocumentRepository;
import org.dutygraph.similarity.Differences;
import org.dutygraph.similarity.TaskMatcher;
import org.dutygraph.model.Task;
import org.dutygraph.cypher.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two documents, or two selections of documents (one jurisdiction's in 2023 and in 2024). Tasks are matched
 * one to one by {@link TaskMatcher}, the matcher lineage links with too: most similar first, a task of the same
 * department name winning a tie, each task matched once; across selections, within each government (region) the two
 * sides share ({@code governments}).
 */
@Service
@Transactional(readOnly = true)
class ComparisonService {

    private record Side(Task task, String owner, Set<String> roles) {
    }

    private final CypherClient cypher;
    private final DocumentRepository documents;
    private final LoadBalanceAnalysis loads;

    ComparisonService(CypherClient cypher, DocumentRepository documents, LoadBalanceAnalysis loads) {
        this.cypher = cypher;
        this.documents = documents;
        this.loads = loads;
    }

    /**
     * Compares the documents {@code a} (earlier, or parent) with {@code b}: two documents, or two selections, each
     * already resolved and checked by {@code AnalysisScope}.
     */
    DocumentComparison compare(List<String> a, List<String> b, double minSimilarity) {
        List<Document> before = documents.byIdsInOrder(a);
        List<Document> after = documents.byIdsInOrder(b);
        List<Side> left = side(a);
        List<Side> right = side(b);
        List<TaskMatcher.Match> matches = new ArrayList<>();
        for (Map.Entry<List<Integer>, List<Integer>> group : governments(before, left, after, right)) {
            List<Integer> l = group.getKey();
            List<Integer> r = group.getValue();
            for (TaskMatcher.Match m : TaskMatcher.oneToOne(texts(left, l), texts(right, r), minSimilarity,
                    (i, j) -> left.get(l.get(i)).owner().equals(right.get(r.get(j)).owner()))) {
                matches.add(new TaskMatcher.Match(l.get(m.before()), r.get(m.after()), m.score()));
            }
        }
        matches.sort(Comparator.comparingDouble(TaskMatcher.Match::score).reversed()
                .thenComparingInt(TaskMatcher.Match::before));
        Set<Integer> usedA = new HashSet<>();
        Set<Integer> usedB = new HashSet<>();
        List<DocumentComparison.TaskChange> carried = new ArrayList<>();
        for (TaskMatcher.Match m : matches) {
            usedA.add(m.before());
            usedB.add(m.after());
            carried.add(change(left.get(m.before()), right.get(m.after()), m.score()));
        }
        List<Task> removed = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            if (!usedA.contains(i)) {
                removed.add(left.get(i).task());
            }
        }
        List<Task> added = new ArrayList<>();
        for (int j = 0; j < right.size(); j++) {
            if (!usedB.contains(j)) {
                added.add(right.get(j).task());
            }
        }
        return new DocumentComparison(before, after, added, removed, carried, loadChanges(a, b));
    }

    /**
     * The groups of tasks matched with each other, as positions in {@code left} and {@code right}: a task is carried
     * over within its own government, so where the two sides share regions (a jurisdiction's documents of 2023 and of
     * 2024, with or without the levels above) each region's tasks are matched only with the same region's (a
     * district's clause copied from its city's is not the city's clause carried over), and the tasks of a region on
     * one side only are added or removed. Two sides without a region in common (a city's document and its district's
     * copy) are matched whole. A document without a region (the State Council's) is its own region.
     */
    private static List<Map.Entry<List<Integer>, List<Integer>>> governments(List<Document> before, List<Side> left,
                                                                           List<Document> after, List<Side> right) {
        Map<String, String> regionOf = new HashMap<>();
        before.forEach(d -> regionOf.put(d.id(), d.region() == null ? "" : d.region()));
        after.forEach(d -> regionOf.put(d.id(), d.region() == null ? "" : d.region()));
        Set<String> shared = new LinkedHashSet<>(before.stream().map(d -> regionOf.get(d.id())).toList());
        shared.retainAll(after.stream().map(d -> regionOf.get(d.id())).toList());
        if (shared.isEmpty()) {
            return List.of(Map.entry(positions(left.size()), positions(right.size())));
        }
        Map<String, List<Integer>> l = byRegion(left, regionOf);
        Map<String, List<Integer>> r = byRegion(right, regionOf);
        List<Map.Entry<List<Integer>, List<Integer>>> groups = new ArrayList<>();
        shared.forEach(region -> groups.add(Map.entry(l.getOrDefault(region, List.of()), r.getOrDefault(region, List.of()))));
        return groups;
    }

    private static Map<String, List<Integer>> byRegion(List<Side> side, Map<String, String> regionOf) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < side.size(); i++) {
            groups.computeIfAbsent(regionOf.get(side.get(i).task().documentId()), k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    private static List<Integer> positions(int size) {
        return java.util.stream.IntStream.range(0, size).boxed().toList();
    }

    private static List<String> texts(List<Side> side, List<Integer> positions) {
        return positions.stream().map(i -> side.get(i).task().text()).toList();
    }

    private List<Side> side(List<String> documentIds) {
        List<Side> tasks = new ArrayList<>();
        for (Row r : cypher.rows("analysis/document-tasks", Map.of("documentIds", documentIds))) {
            tasks.add(new Side(GraphRows.task(r), String.join("、", r.texts("ownerNames")),
                    new LinkedHashSet<>(r.texts("roles"))));
        }
        return tasks;
    }

    private static DocumentComparison.TaskChange change(Side before, Side after, double similarity) {
        Differences d = Differences.of(List.of(before.task().text(), after.task().text()));
        List<String> numbers = arrows(d.numbers().get(0), d.numbers().get(1));
        List<String> deadlines = arrows(new LinkedHashSet<>(before.task().deadlines()), new LinkedHashSet<>(after.task().deadlines()));
        List<String> roles = arrows(before.roles(), after.roles());
        boolean changed = !before.task().text().equals(after.task().text()) || !numbers.isEmpty() || !deadlines.isEmpty() || !roles.isEmpty();
        return new DocumentComparison.TaskChange(before.task(), after.task(), similarity, changed, numbers, deadlines, roles);
    }

    /** "x → " for what only a has, " → y" for what only b has; nothing when both agree. */
    private static List<String> arrows(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>();
        a.stream().filter(v -> !b.contains(v)).forEach(v -> out.add(v + " →"));
        b.stream().filter(v -> !a.contains(v)).forEach(v -> out.add("→ " + v));
        return out;
    }

    private List<DocumentComparison.LoadChange> loadChanges(List<String> a, List<String> b) {
        Map<String, Double> before = scores(loads.analyse(a, LoadBalanceAnalysis.Weights.DEFAULT, false));
        Map<String, Double> after = scores(loads.analyse(b, LoadBalanceAnalysis.Weights.DEFAULT, false));
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<DocumentComparison.LoadChange> changes = new ArrayList<>();
        for (String name : names) {
            double x = before.getOrDefault(name, 0.0);
            double y = after.getOrDefault(name, 0.0);
            if (x != y) {
                changes.add(new DocumentComparison.LoadChange(name, x, y, y - x));
            }
        }
        changes.sort(Comparator.comparingDouble((DocumentComparison.LoadChange c) -> Math.abs(c.delta())).reversed()
                .thenComparing(DocumentComparison.LoadChange::department));
        return changes;
    }

    private static Map<String, Double> scores(LoadBalance balance) {
        Map<String, Double> scores = new LinkedHashMap<>();
        balance.departments().forEach(l -> scores.put(l.department().name(), l.score()));
        return scores;
    }
}
