package org.dutygraph.analysis;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.cypher.Row;
import org.dutygraph.department.DepartmentResolver;
import org.dutygraph.model.Department;
import org.dutygraph.model.GraphRows;
import org.dutygraph.model.Role;
import org.dutygraph.model.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Overlap of two departments: their duplicated clauses (the duplicate analysis at its default 0.5, boilerplate out),
 * the clauses where one names the other, the clauses both take part in, the shared targets both set, and a
 * Jaccard-style score |S| / (|T_A| + |T_B| − |S|), where T_X are the clauses X takes part in and S the clauses both
 * take part in plus the duplicate pairs (each pair one shared piece of work). Every statement reads only the two
 * departments' clauses ({@code cypher/analysis/overlap-*.cypher}), never the whole document.
 */
@Service
@Transactional(readOnly = true)
public class OverlapAnalysis {

    static final double DUPLICATE_SIMILARITY = 0.5;

    private final CypherClient cypher;
    private final DepartmentResolver resolver;
    private final DuplicateAnalysis duplicates;
    private final SharedTargetAnalysis sharedTargets;

    OverlapAnalysis(CypherClient cypher, DepartmentResolver resolver, DuplicateAnalysis duplicates, SharedTargetAnalysis sharedTargets) {
        this.cypher = cypher;
        this.resolver = resolver;
        this.duplicates = duplicates;
        this.sharedTargets = sharedTargets;
    }

    public Overlap analyse(List<String> documentIds, String nameA, String nameB) {
        Department a = resolver.resolve(nameA, documentIds);
        Department b = resolver.resolve(nameB, documentIds);
        if (a.id().equals(b.id())) {
            throw new IllegalArgumentException("'" + nameA + "' and '" + nameB + "' are the same department: " + a.name());
        }
        List<DuplicateGroup.SimilarPair> duplicated = duplicates.pairsBetween(documentIds, a.id(), b.id(), DUPLICATE_SIMILARITY);
        Row sides = cypher.row("analysis/overlap-tasks", Map.of("documentIds", documentIds, "a", a.id(), "b", b.id()));
        List<String> tasksOfA = sides.texts("tasksOfA");
        List<String> tasksOfB = sides.texts("tasksOfB");
        List<Task> both = sides.rows("both").stream().map(GraphRows::task).toList();
        Set<String> bothIds = both.stream().map(Task::id).collect(Collectors.toSet());
        long extraPairs = duplicated.stream().filter(p -> !bothIds.contains(p.first().id()) && !bothIds.contains(p.second().id())).count();
        double shared = both.size() + extraPairs;
        double union = tasksOfA.size() + tasksOfB.size() - shared;
        double score = union <= 0 ? 0 : shared / union;
        List<SharedTarget> targets = sharedTargets.between(documentIds, a.id(), b.id());
        List<Overlap.Naming> aNamesB = new ArrayList<>();
        List<Overlap.Naming> bNamesA = new ArrayList<>();
        for (Row r : cypher.rows("analysis/overlap-namings", Map.of("documentIds", documentIds, "a", a.id(), "b", b.id()))) {
            boolean byA = r.text("ownerId").equals(a.id());
            String role = r.text("role");
            (byA ? aNamesB : bNamesA).add(new Overlap.Naming(GraphRows.task(r), byA ? b : a,
                    role == null ? null : Role.valueOf(role), r.text("evidence")));
        }
        String explanation = String.format(Locale.ROOT,
                "%s takes part in %d clause(s), %s in %d; they share %d clause(s) and %d duplicate pair(s): %.0f / (%d + %d − %.0f) = %.2f. "
                        + "%s's clauses name %s %d time(s), %s's name %s %d time(s); %d shared target(s).",
                a.name(), tasksOfA.size(), b.name(), tasksOfB.size(), both.size(), duplicated.size(), shared,
                tasksOfA.size(), tasksOfB.size(), shared, score, a.name(), b.name(), aNamesB.size(), b.name(), a.name(),
                bNamesA.size(), targets.size());
        return new Overlap(a, b, duplicated, aNamesB, bNamesA, both, targets, score, explanation);
    }
}
