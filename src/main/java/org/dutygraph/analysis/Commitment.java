package org.dutygraph.analysis;

import org.dutygraph.model.Department;
import org.dutygraph.model.Role;
import org.dutygraph.model.Task;

import java.util.List;

/**
 * A task that commits a department which does not commit back (GraphQL Commitment): in a document of department
 * sections, a clause naming another department that has no answering clause; in a task-division document, a task
 * whose running text names a department its role statement does not list. {@code owner} is null for the latter when
 * the task has no single owner.
 */
public record Commitment(Kind kind, Task task, Department owner, Department named, Role role, String evidence,
                         List<Task> counterparts, String reason) {

    public enum Kind { NO_COUNTERPART, NOT_RECIPROCATED, EXTERNAL, UNSTATED }
}
