package org.dutygraph.model;

import java.util.List;

/**
 * A document that allocates work to departments (目标责任书, 实施方案, 任务分工方案 …) as stored, with its counts.
 * Dates are ISO-8601 strings; {@code layout} is how the parser read it (documents stored before layouts were detected
 * read DEPARTMENT_SECTIONS), {@code coverage} the share of its body text read into tasks.
 */
public record Document(String id, String title, String notice, String number, String issuer, String publisher,
                       String createdDate, String publishedDate, String expiresDate, String region, Integer year,
                       String importedAt, String sourceHash, List<String> warnings, int sectionCount,
                       int departmentCount, int taskCount, int participationCount, int targetCount, String layout,
                       Double coverage) {

}
