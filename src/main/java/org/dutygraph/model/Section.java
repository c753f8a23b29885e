package org.dutygraph.model;


/**
 * One section of a document: a department's section (一、区发改局), an article per department (第九条), or a topic
 * section of a task-division document (一、把实施好宏观政策…), whose department is null.
 */
public record Section(String documentId, int ordinal, String label, String title, Department department) {
}
