package org.dutygraph.analysis;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.department.Department;
import org.dutygraph.department.DepartmentRepository;
import org.dutygraph.genre.Role;
import org.dutygraph.task.Task;
import org.dutygraph.task.TaskRepository;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Overlap of two departments: their duplicated clauses (the duplicate analysis at its default 0.5, boilerplate out),
 * the clauses where one names the other, the clauses both take part in, the shared targets both set, and a
 * Jaccard-style score |S| / (|T_A| + |T_B| − |S|), where T_X are the clauses X takes part in and S the clauses both
 * take part in plus the duplicate pairs (each pair one shared piece of work).
 */
@Service
public class OverlapAnalysis {

    static final double DUPLICATE_SIMILARITY = 0.5;

    private final CypherClient cypher;
    private final DepartmentRepository departments;
    private final TaskRepository tasks;
    private final DuplicateAnalysis duplicates;
    private final SharedTargetAnalysis sharedTargets;

    OverlapAnalysis(CypherClient cypher, DepartmentRepository departments, TaskRepository tasks,
                    DuplicateAnalysis duplicates, SharedTargetAnalysis sharedTargets) {
        this.cypher = cypher;
        this.departments = departments;
        this.tasks = tasks;
        this.duplicates = duplicates;
        this.sharedTargets = sharedTargets;
    }

    public Overlap analyse(String documentId, String nameA, String nameB) {
        Department a = departments.resolve(nameA, documentId);
        Department b = departments.resolve(nameB, documentId);
        if (a.id().equals(b.id())) {
            throw new IllegalArgumentException("'" + nameA + "' and '" + nameB + "' are the same department: " + a.name());
        }
        List<DuplicateGroup.SimilarPair> duplicated = duplicates.pairs(documentId, DUPLICATE_SIMILARITY, false).stream()
                .filter(p -> p.first().ownerIds().contains(a.id()) && p.second().ownerIds().contains(b.id())
                        || p.first().ownerIds().contains(b.id()) && p.second().ownerIds().contains(a.id()))
                .toList();
        Set<String> tasksOfA = taskIds(documentId, a.id());
        Set<String> tasksOfB = taskIds(documentId, b.id());
        Set<String> both = new LinkedHashSet<>(tasksOfA);
        both.retainAll(tasksOfB);
        long extraPairs = duplicated.stream().filter(p -> !both.contains(p.first().id()) && !both.contains(p.second().id())).count();
        double shared = both.size() + extraPairs;
        double union = tasksOfA.size() + tasksOfB.size() - shared;
        double score = union <= 0 ? 0 : shared / union;
        Map<String, Task> sharedTasks = tasks.byIds(both);
        List<SharedTarget> targets = sharedTargets.analyse(documentId).stream()
                .filter(t -> t.departments().stream().map(Department::id).toList().containsAll(List.of(a.id(), b.id())))
                .toList();
        List<Overlap.Naming> aNamesB = namings(documentId, a, b);
        List<Overlap.Naming> bNamesA = namings(documentId, b, a);
        String explanation = String.format(Locale.ROOT,
                "%s takes part in %d clause(s), %s in %d; they share %d clause(s) and %d duplicate pair(s): %.0f / (%d + %d − %.0f) = %.2f. "
                        + "%s's clauses name %s %d time(s), %s's name %s %d time(s); %d shared target(s).",
                a.name(), tasksOfA.size(), b.name(), tasksOfB.size(), both.size(), duplicated.size(), shared,
                tasksOfA.size(), tasksOfB.size(), shared, score, a.name(), b.name(), aNamesB.size(), b.name(), a.name(),
                bNamesA.size(), targets.size());
        return new Overlap(a, b, duplicated, aNamesB, bNamesA,
                both.stream().map(sharedTasks::get).toList(), targets, score, explanation);
    }

    private Set<String> taskIds(String documentId, String departmentId) {
        Set<String> ids = new LinkedHashSet<>();
        cypher.rows("analysis/department-tasks", Map.of("documentId", documentId, "departmentId", departmentId))
                .forEach(row -> ids.add(row.get("taskId").asString()));
        return ids;
    }

    private List<Overlap.Naming> namings(String documentId, Department owner, Department named) {
        List<Overlap.Naming> result = new ArrayList<>();
        for (Record r : cypher.rows("analysis/namings", Map.of("documentId", documentId, "ownerId", owner.id(), "namedId", named.id()))) {
            String role = r.get("role").asString(null);
            result.add(new Overlap.Naming(Task.from(r, "task", "ownerIds"), named,
                    role == null ? null : Role.valueOf(role), r.get("evidence").asString(null)));
        }
        return result;
    }
}
