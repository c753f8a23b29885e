package org.dutygraph.analysis;

import org.dutygraph.model.GraphRows;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.model.Department;
import org.dutygraph.model.Role;
import org.dutygraph.model.Task;
import org.dutygraph.cypher.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One-sided commitments, as {@code cypher/analysis/one-sided-commitments.cypher} finds them, each with its reason. */
@Service
@Transactional(readOnly = true)
public class CommitmentAnalysis {

    private final CypherClient cypher;

    CommitmentAnalysis(CypherClient cypher) {
        this.cypher = cypher;
    }

    public List<Commitment> analyse(List<String> documentIds) {
        return analyse(AnalysisScope.Coverage.of(documentIds));
    }

    /**
     * The one-sided commitments of the documents asked for, in one statement: it finds the documents and returns each
     * task's owners and counterparts themselves, so no lookup follows.
     */
    public List<Commitment> analyse(AnalysisScope.Coverage coverage) {
        List<Row> rows = coverage.read(cypher, "analysis/one-sided-commitments", Map.of(), "task").rows();
        Map<String, Department> owners = new HashMap<>();
        Map<String, Task> counterparts = new HashMap<>();
        for (Row r : rows) {
            r.rows("owners").forEach(o -> owners.computeIfAbsent(o.text("id"), id -> GraphRows.department(o)));
            r.rows("counterpartTasks").forEach(c -> counterparts.computeIfAbsent(c.row("task").text("id"), id -> GraphRows.task(c)));
        }
        List<Commitment> result = new ArrayList<>();
        for (Row r : rows) {
            Task task = GraphRows.task(r);
            Department owner = r.isNull("ownerId") ? null : owners.get(r.text("ownerId"));
            Department named = GraphRows.department(r.row("named"));
            Role role = Role.valueOf(r.text("role"));
            Commitment.Kind kind = Commitment.Kind.valueOf(r.text("kind"));
            List<Task> theirs = r.texts("counterpartIds").stream().map(counterparts::get).toList();
            String clause = owner != null ? owner.name() + " #" + task.ordinal() : task.name();
            String stated = String.join("、", task.ownerIds().stream().filter(id -> !id.equals(named.id()))
                    .map(owners::get).filter(java.util.Objects::nonNull).map(Department::name).toList());
            String reason = switch (kind) {
                case UNSTATED -> "task " + clause + " names " + named.name() + " " + role + " in its text, but its role "
                        + "statement does not list " + named.name() + (stated.isEmpty() ? "" : " (it lists " + stated + " to lead)")
                        + ": confirm " + named.name() + "'s part with it, or add it to the statement.";
                case EXTERNAL -> clause + " makes " + named.name() + " " + role + ", a department outside this document: "
                        + "confirm the commitment with it directly.";
                case NO_COUNTERPART -> clause + " makes " + named.name() + " " + role + ", but " + named.name()
                        + " has no clause for this work: add one to its section or drop the role.";
                case NOT_RECIPROCATED -> clause + " makes " + named.name() + " " + role + "; " + named.name() + "'s similar "
                        + "clause " + String.join(", ", theirs.stream().map(Task::name).toList())
                        + " does not name " + owner.name() + " back.";
            };
            result.add(new Commitment(kind, task, owner, named, role, r.text("evidence", ""), theirs, reason));
        }
        return result;
    }
}
