package org.dutygraph.document;

import java.util.List;

/**
 * What an import did.
 *
 * @param documentId the document's id
 * @param created    true when the store had no document with this id
 * @param changed    false when the same text had been imported before, so nothing was written
 * @param layout     how the parser read the document (DEPARTMENT_SECTIONS, TOPIC_PARENTHETICALS …)
 * @param coverage   the share of its body text read into tasks and their headings
 * @param warnings   the parser's warnings, located by line and section
 * @param millis     time the import took, parse included
 */
public record ImportResult(String documentId, boolean created, boolean changed, String layout, double coverage,
                           long sectionCount, long departmentCount, long taskCount, long participationCount,
                           long targetCount, long deadlineCount, List<String> warnings, long millis) {

    static ImportResult of(String documentId, boolean created, boolean changed, String layout, double coverage,
                           DocumentCounts counts, List<String> warnings, long millis) {
        return new ImportResult(documentId, created, changed, layout, coverage, counts.sectionCount(),
                counts.departmentCount(), counts.taskCount(), counts.participationCount(), counts.targetCount(),
                counts.deadlineCount(), warnings, millis);
    }
}
