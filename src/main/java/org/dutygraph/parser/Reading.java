package org.dutygraph.parser;

import java.util.List;

/**
 * What one of the layout readers made of a body: the sections with their tasks, the bodies named, and the spans of
 * the body it read (tasks and the headings above them), from which the parser computes its coverage.
 */
record Reading(Layout layout, List<ParsedSection> sections, List<ParsedDepartment> departments, List<int[]> read) {
}
