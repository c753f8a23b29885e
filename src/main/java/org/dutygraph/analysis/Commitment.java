package org.dutygraph.analysis;

import org.dutygraph.department.Department;
import org.dutygraph.genre.Role;
import org.dutygraph.task.Task;

import java.util.List;

/** A clause that commits another department which does not commit back (GraphQL Commitment). */
public record Commitment(Kind kind, Task task, Department owner, Department named, Role role, String evidence,
                         List<Task> counterparts, String reason) {

    public enum Kind { NO_COUNTERPART, NOT_RECIPROCATED, EXTERNAL }
}
