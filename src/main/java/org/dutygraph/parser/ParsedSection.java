package org.dutygraph.parser;

import java.util.List;

/**
 * One section of a document: a department's section (一、区工信局) or article (第九条 区经济发展局工作职责), or a topic
 * section (一、把实施好宏观政策…) of a task-division document.
 *
 * @param ordinal    1-based position in the document
 * @param label      the heading's label path as written in canonical form (一, 第九条, P2:三); empty for the tasks
 *                   of a part that has no headings
 * @param title      the heading text: the department's name, or the topic
 * @param department the department that owns the section (the heading's name), or null for a topic section
 * @param line       1-based line of the heading
 * @param tasks      its tasks, in order
 */
public record ParsedSection(int ordinal, String label, String title, String department, int line, List<ParsedTask> tasks) {
    public ParsedSection {
        tasks = List.copyOf(tasks);
    }
}
