package org.dutygraph.parser;

import org.dutygraph.model.Role;

/**
 * One department's role in one task.
 *
 * @param department canonical department name (see {@link ParsedDepartment#name()})
 * @param role       its role
 * @param evidence   the sentence(s) of the task that give it this role, exactly as written (with the role statement
 *                   that gives it, where one does)
 * @param stated     true when a role statement gives the role (a parenthetical, a role line, a table cell or a
 *                   labelled unit); false when only the running text does (会同X, 配合X) or the section's ownership
 */
public record ParsedParticipation(String department, Role role, String evidence, boolean stated) {
}
