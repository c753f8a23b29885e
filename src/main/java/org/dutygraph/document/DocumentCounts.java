package org.dutygraph.document;

/** What the store holds for one document. */
public record DocumentCounts(long sectionCount, long departmentCount, long taskCount, long participationCount,
                             long targetCount, long deadlineCount) {
}
