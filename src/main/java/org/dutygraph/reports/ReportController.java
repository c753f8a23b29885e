package org.dutygraph.reports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.dutygraph.portfolio.Scope;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reports reviewers take away: {@code GET /reports/{load|duplicates|department-pairs|shared-targets|commitments}.{csv|md}
 * ?documentId=…} (default: the latest document), or over a scope as the GraphQL input Scope gives it:
 * {@code ?jurisdiction=常州市钟楼区&withLevelsAbove=true&inForceOn=2021-06-01}, {@code ?year=2021},
 * {@code ?documentIds=a,b}. The same analyses as the GraphQL API, as tables.
 */
@RestController
class ReportController {

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/reports/{name}.{format}")
    ResponseEntity<byte[]> report(@PathVariable String name, @PathVariable String format,
                                  @RequestParam(required = false) String documentId,
                                  @RequestParam(required = false) List<String> documentIds,
                                  @RequestParam(required = false) String jurisdiction,
                                  @RequestParam(required = false) Boolean withLevelsAbove,
                                  @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) String inForceOn) {
        if (!format.equals("csv") && !format.equals("md")) {
            throw new IllegalArgumentException("unknown format '" + format + "': use csv or md");
        }
        boolean scoped = documentIds != null || jurisdiction != null || withLevelsAbove != null || year != null
                || inForceOn != null;
        Scope scope = scoped ? new Scope(documentIds, jurisdiction, withLevelsAbove, year, inForceOn) : null;
        Reports.Report report = reports.report(name, documentId, scope);
        String file = report.covers() + "-" + name + "." + format;
        return format.equals("csv") ? body(report.table().csv(), "text/csv", file)
                : body(report.table().markdown(), "text/markdown", file);
    }

    private static ResponseEntity<byte[]> body(String text, String type, String file) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(type), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }
}
