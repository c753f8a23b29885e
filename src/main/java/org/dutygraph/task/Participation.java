package org.dutygraph.task;

import org.dutygraph.department.Department;
import org.dutygraph.genre.Role;

/** One department's role in one task, with the sentence(s) that give it: a LEAD, JOINT or SUPPORT edge. */
public record Participation(Department department, Task task, Role role, String evidence) {
}
