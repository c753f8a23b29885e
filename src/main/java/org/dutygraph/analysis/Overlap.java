package org.dutygraph.analysis;

import org.dutygraph.model.Department;
import org.dutygraph.model.Role;
import org.dutygraph.model.Task;

import java.util.List;

/** How two departments' responsibilities overlap (GraphQL Overlap). */
public record Overlap(Department departmentA, Department departmentB, List<DuplicateGroup.SimilarPair> duplicates,
                      List<Naming> aNamesB, List<Naming> bNamesA, List<Task> sharedTasks, List<SharedTarget> sharedTargets,
                      double score, String explanation) {

    /** Where one department's clause names another (GraphQL Naming). */
    public record Naming(Task task, Department department, Role role, String evidence) {
    }
}
