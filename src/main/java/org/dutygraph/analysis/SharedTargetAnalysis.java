package org.dutygraph.analysis;

import org.dutygraph.model.GraphRows;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.model.Department;
import org.dutygraph.model.DepartmentRepository;
import org.dutygraph.similarity.Shingles;
import org.dutygraph.model.Target;
import org.dutygraph.model.Task;
import org.dutygraph.cypher.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Shared targets: targets of the same kind and unit whose subjects are alike (bigram Jaccard ≥ {@value #SUBJECT_SIMILARITY},
 * so 主城区劣五类河道整治 and 主城区劣V类河道整治 meet), set in clauses of at least two departments. A group agrees
 * when value, comparator and scope agree; otherwise each disagreement is spelled out with the clauses that say it.
 */
@Service
@Transactional(readOnly = true)
public class SharedTargetAnalysis {

    static final double SUBJECT_SIMILARITY = 0.6;

    private final CypherClient cypher;
    private final DepartmentRepository departments;

    SharedTargetAnalysis(CypherClient cypher, DepartmentRepository departments) {
        this.cypher = cypher;
        this.departments = departments;
    }

    private record Entry(Target target, Task task) {
    }

    public List<SharedTarget> analyse(List<String> documentIds) {
        return analyse(AnalysisScope.Coverage.of(documentIds));
    }

    /**
     * The shared targets of the documents asked for, in one statement: it finds the documents and returns each
     * task's owners with the targets, so no lookup of the groups' departments follows.
     */
    public List<SharedTarget> analyse(AnalysisScope.Coverage coverage) {
        List<Row> targets = coverage.read(cypher, "analysis/document-targets", Map.of(), "target").rows();
        Map<String, Department> owners = new HashMap<>();
        targets.forEach(r -> r.rows("owners").forEach(o -> owners.computeIfAbsent(o.text("id"), id -> GraphRows.department(o))));
        return shared(targets, ids -> owners);
    }

    /**
     * The shared targets of two departments: the same grouping over the targets of the clauses either owns, the groups
     * both set. Reads only their clauses.
     */
    public List<SharedTarget> between(List<String> documentIds, String departmentA, String departmentB) {
        return shared(cypher.rows("analysis/overlap-targets", Map.of("documentIds", documentIds, "a", departmentA,
                "b", departmentB)), departments::byIds).stream()
                .filter(t -> t.departments().stream().map(Department::id).toList().containsAll(List.of(departmentA, departmentB)))
                .toList();
    }

    /**
     * Groups the targets of rows with {@code target}, {@code task}, {@code ownerIds}; the groups two or more departments
     * set, their departments found by {@code lookup} (all of them at once).
     */
    private List<SharedTarget> shared(List<Row> rows, Function<List<String>, Map<String, Department>> lookup) {
        List<Entry> entries = new ArrayList<>();
        for (Row r : rows) {
            Task task = GraphRows.task(r);
            Target target = GraphRows.target(r.row("target"), task.id());
            if (!target.subject().isBlank()) {
                entries.add(new Entry(target, task));
            }
        }
        // Each target joins the first group (in the order groups were made) of its kind and unit with a member whose
        // subject is alike, else starts one (SubjectGroups: only the groups that can hold an alike subject are read).
        int[] home = SubjectGroups.group(entries.stream().map(e -> List.of(e.target().kind(), e.target().unit())).toList(),
                entries.stream().map(e -> Shingles.normalize(e.target().subject())).toList(), SUBJECT_SIMILARITY);
        List<List<Entry>> groups = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (home[i] == groups.size()) {
                groups.add(new ArrayList<>());
            }
            groups.get(home[i]).add(entries.get(i));
        }
        Map<List<Entry>, Set<String>> sharedGroups = new LinkedHashMap<>();
        for (List<Entry> g : groups) {
            Set<String> owners = g.stream().flatMap(e -> e.task().ownerIds().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
            if (owners.size() >= 2) {
                sharedGroups.put(g, owners);
            }
        }
        // one lookup for every group's departments, not one per group
        Map<String, Department> byId = lookup.apply(sharedGroups.values().stream().flatMap(Set::stream).distinct().toList());
        List<SharedTarget> shared = new ArrayList<>();
        sharedGroups.forEach((g, owners) -> shared.add(shared(g, owners, byId)));
        return shared;
    }

    private SharedTarget shared(List<Entry> group, Set<String> owners, Map<String, Department> byId) {
        String subject = group.stream().collect(Collectors.groupingBy(e -> e.target().subject(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> disagreements = new ArrayList<>();
        disagree(disagreements, "values", group, e -> String.format(Locale.ROOT, "%s%s", trim(e.target().value()), e.target().unit()));
        disagree(disagreements, "comparators", group, e -> e.target().comparator());
        disagree(disagreements, "scopes", group, e -> e.target().scope() == null ? "no scope word" : e.target().scope());
        Target first = group.getFirst().target();
        return new SharedTarget(subject, first.kind(), first.unit(), group.stream().map(Entry::target).toList(),
                owners.stream().map(byId::get).toList(), disagreements.isEmpty(), disagreements);
    }

    /** One sentence per kind of disagreement; a group over several documents names each task with its document. */
    private static void disagree(List<String> out, String what, List<Entry> group, Function<Entry, String> value) {
        boolean documents = group.stream().map(e -> e.task().documentId()).distinct().count() > 1;
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        for (Entry e : group) {
            byValue.computeIfAbsent(value.apply(e), k -> new ArrayList<>())
                    .add(documents ? e.task().documentId() + " " + e.task().name() : e.task().name());
        }
        if (byValue.size() > 1) {
            out.add(what + " differ: " + byValue.entrySet().stream()
                    .map(v -> v.getKey() + " in " + String.join(", ", v.getValue().stream().distinct().toList()))
                    .collect(Collectors.joining("; ")));
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    static Comparator<SharedTarget> order() {
        return Comparator.comparing(SharedTarget::subject);
    }
}
