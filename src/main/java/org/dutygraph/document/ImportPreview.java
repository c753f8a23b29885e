package org.dutygraph.document;

import org.dutygraph.parser.ParsedDocument;

import java.util.List;

/** What an import of a text would write: the read and parse steps' answer, and the id it would be stored under. */
record ImportPreview(String id, String title, String layout, double coverage, int sectionCount, int taskCount,
                     long tasksWithRoles, int departmentCount, List<String> warnings) {

    static ImportPreview of(PreparedDocument prepared, String id) {
        ParsedDocument parsed = prepared.document();
        return new ImportPreview(id, parsed.metadata().title(), parsed.layout().name(), parsed.coverage(),
                parsed.sections().size(), parsed.clauseCount(),
                parsed.tasks().stream().filter(c -> !c.participants().isEmpty()).count(),
                parsed.departments().size(), parsed.warnings());
    }
}
