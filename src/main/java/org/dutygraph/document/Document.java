package org.dutygraph.document;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

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

    static Document from(Record row) {
        Node d = row.get("document").asNode();
        return new Document(d.get("id").asString(), text(d.get("title")), text(d.get("notice")), text(d.get("number")),
                text(d.get("issuer")), text(d.get("publisher")), date(d.get("createdDate")), date(d.get("publishedDate")),
                date(d.get("expiresDate")), text(d.get("region")), d.get("year").isNull() ? null : d.get("year").asInt(),
                d.get("importedAt").asZonedDateTime().toOffsetDateTime().toString(), d.get("sourceHash").asString(),
                d.get("warnings").asList(Value::asString, List.of()), row.get("sectionCount").asInt(),
                row.get("departmentCount").asInt(), row.get("taskCount").asInt(),
                row.get("participationCount").asInt(), row.get("targetCount").asInt(),
                d.get("layout").asString("DEPARTMENT_SECTIONS"), d.get("coverage").isNull() ? null : d.get("coverage").asDouble());
    }

    private static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static String date(Value v) {
        return v.isNull() ? null : v.asLocalDate().toString();
    }
}
