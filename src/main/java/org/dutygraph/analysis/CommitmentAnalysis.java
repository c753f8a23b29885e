package org.dutygraph.analysis;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.department.Department;
import org.dutygraph.department.DepartmentRepository;
import org.dutygraph.genre.Role;
import org.dutygraph.task.Task;
import org.dutygraph.task.TaskRepository;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One-sided commitments, as {@code cypher/analysis/one-sided-commitments.cypher} finds them, each with its reason. */
@Service
public class CommitmentAnalysis {

    private final CypherClient cypher;
    private final DepartmentRepository departments;
    private final TaskRepository tasks;

    CommitmentAnalysis(CypherClient cypher, DepartmentRepository departments, TaskRepository tasks) {
        this.cypher = cypher;
        this.departments = departments;
        this.tasks = tasks;
    }

    public List<Commitment> analyse(String documentId) {
        List<Record> rows = cypher.rows("analysis/one-sided-commitments", Map.of("documentId", documentId));
        Map<String, Department> owners = departments.byIds(rows.stream()
                .flatMap(r -> r.get("ownerIds").asList(Value::asString).stream()).distinct().toList());
        Map<String, Task> counterparts = tasks.byIds(rows.stream()
                .flatMap(r -> r.get("counterpartIds").asList(Value::asString).stream()).distinct().toList());
        List<Commitment> result = new ArrayList<>();
        for (Record r : rows) {
            Task task = Task.from(r, "task", "ownerIds");
            Department owner = r.get("ownerId").isNull() ? null : owners.get(r.get("ownerId").asString());
            Department named = Department.from(r.get("named").asNode());
            Role role = Role.valueOf(r.get("role").asString());
            Commitment.Kind kind = Commitment.Kind.valueOf(r.get("kind").asString());
            List<Task> theirs = r.get("counterpartIds").asList(Value::asString).stream().map(counterparts::get).toList();
            String clause = owner != null ? owner.name() + " #" + task.ordinal() : DuplicateAnalysis.label(task);
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
                        + "clause " + String.join(", ", theirs.stream().map(DuplicateAnalysis::label).toList())
                        + " does not name " + owner.name() + " back.";
            };
            result.add(new Commitment(kind, task, owner, named, role, r.get("evidence").asString(""), theirs, reason));
        }
        return result;
    }
}
