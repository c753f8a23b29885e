package org.dutygraph.model;


/**
 * One department's role in one task, with the sentence(s) that give it: a LEAD, JOINT or SUPPORT edge. {@code stated}
 * is true when a role statement of the document (a parenthetical, a role line, a table cell) gives the role, false
 * when the running text or the section's ownership does.
 */
public record Participation(Department department, Task task, Role role, String evidence, boolean stated) {
}
