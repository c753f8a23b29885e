package org.dutygraph.document;

import org.dutygraph.department.Department;

/** One department's section of a document (一、区发改局). */
public record Section(String documentId, int ordinal, String label, Department department) {
}
