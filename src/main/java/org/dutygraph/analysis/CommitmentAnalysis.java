package org.dutygraph.analysis;

import org.dutygraph.model.GraphRows;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.model.Department;
import org.dutygraph.model.DepartmentRepository;
import org.dutygraph.model.Role;
import org.dutygraph.model.Task;
import org.dutygraph.model.TaskRepository;
import org.dutygraph.cypher.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One-sided commitments, as {@code cypher/analysis/one-sided-commitments.cypher} finds them, each with its reason. */
@Service
@Transactional(readOnly = true)
public class CommitmentAnalysis {

    private final CypherClient cypher;
    private final DepartmentRepository departments;
    private final TaskRepository tasks;

    CommitmentAnalysis(CypherClient cypher, DepartmentRepository departments, TaskRepository tasks) {
        this.cypher = cypher;
        this.departments = departments;
        this.tasks = tasks;
    }

    public List<Commitment> analyse(List<String> documentIds) {
        List<Row> rows = cypher.rows("analysis/one-sided-commitments", Map.of("documentIds", documentIds));
        Map<String, Department> owners = departments.byIds(rows.stream()
                .flatMap(r -> r.texts("ownerIds").stream()).distinct().toList());
        Map<String, Task> counterparts = tasks.byIds(rows.stream()
                .flatMap(r -> r.texts("counterpartIds").stream()).distinct().toList());
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
