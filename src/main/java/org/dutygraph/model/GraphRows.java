package org.dutygraph.model;

import org.dutygraph.cypher.Row;

import java.util.List;

/**
 * Maps rows of the named queries to the graph model: the one place that knows how each label's properties are
 * stored (defaults for properties that documents imported by older versions lack included).
 */
public final class GraphRows {

    private GraphRows() {
    }

    /** A Department node. */
    public static Department department(Row node) {
        return new Department(node.text("id"), node.text("name"), node.texts("aliases"), node.flag("external", false),
                node.text("level", "OWN"), node.flag("organisation", false));
    }

    /** A Task node, with the departments whose task it is. */
    public static Task task(Row node, List<String> ownerIds) {
        String label = node.text("label", "");
        return new Task(node.text("id"), node.text("documentId"), List.copyOf(ownerIds), node.integer("section", 0),
                node.integer("ordinal"), label, node.text("path", label), node.text("text"), node.integer("line", 0),
                node.flag("boilerplate", false), node.texts("deadlines"), node.texts("unresolvedMentions"));
    }

    /** The task of a row with the task node in {@code taskKey} and its owners' ids in {@code ownersKey}. */
    public static Task task(Row row, String taskKey, String ownersKey) {
        return task(row.row(taskKey), row.texts(ownersKey));
    }

    /** The task of a row with {@code task} and {@code ownerIds}. */
    public static Task task(Row row) {
        return task(row, "task", "ownerIds");
    }

    /** A Target node of the task {@code taskId}. */
    public static Target target(Row node, String taskId) {
        return new Target(node.text("id"), taskId, node.text("kind"), node.text("subject", ""), node.number("value"),
                node.text("unit", ""), Comparison.valueOf(node.text("comparator", "EQ")).symbol(), node.text("change"),
                node.text("scope"), node.text("raw", ""));
    }

    /** A Deadline node. */
    public static Deadline deadline(Row node) {
        return new Deadline(node.text("text"), node.text("kind"), node.integerOrNull("month"));
    }

    /** A row with {@code department}, {@code task}, {@code ownerIds}, {@code role}, {@code evidence}, {@code stated}. */
    public static Participation participation(Row row) {
        return new Participation(department(row.row("department")), task(row), Role.valueOf(row.text("role")),
                row.text("evidence", ""), row.flag("stated", false));
    }

    /** A row with the {@code document} node and its counts. */
    public static Document document(Row row) {
        Row d = row.row("document");
        return new Document(d.text("id"), d.text("title"), d.text("notice"), d.text("number"), d.text("issuer"),
                d.text("publisher"), d.date("createdDate"), d.date("publishedDate"), d.date("expiresDate"),
                d.text("region"), d.integerOrNull("year"), d.dateTime("importedAt"), d.text("sourceHash"),
                d.texts("warnings"), row.integer("sectionCount"), row.integer("departmentCount"),
                row.integer("taskCount"), row.integer("participationCount"), row.integer("targetCount"),
                d.text("layout", "DEPARTMENT_SECTIONS"), d.numberOrNull("coverage"));
    }
}
