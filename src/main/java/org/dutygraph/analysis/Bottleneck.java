package org.dutygraph.analysis;

import org.dutygraph.model.Department;
import org.dutygraph.model.Participation;

import java.util.List;

/** A department the work waits on, with every component of its score (GraphQL Bottleneck). */
public record Bottleneck(int rank, Department department, double score, double betweenness, boolean articulationPoint,
                         int dependents, List<Department> dependentDepartments, int datedDeadlines, int partners,
                         List<Participation> claims, String reason) {
}
