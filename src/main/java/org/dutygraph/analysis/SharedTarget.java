package org.dutygraph.analysis;

import org.dutygraph.model.Department;
import org.dutygraph.model.Target;

import java.util.List;

/** A target the same work sets in several departments' clauses (GraphQL SharedTarget). */
public record SharedTarget(String subject, String kind, String unit, List<Target> targets, List<Department> departments,
                           boolean consistent, List<String> disagreements) {
}
