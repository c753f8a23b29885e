package org.dutygraph.document;

import org.dutygraph.parser.Clause;
import org.dutygraph.parser.DocumentParser;
import org.dutygraph.parser.ParsedDocument;
import org.dutygraph.support.ChromiumPdf;
import org.dutygraph.support.DocumentForms;
import org.dutygraph.support.DocumentForms.Form;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every layout of the family, each as a Word file, a web page and a PDF, reads as its text does: the same layout,
 * tasks, units and roles, targets and deadlines, which is the graph an import writes.
 */
@DisplayName("One document in every form it comes in: the same reading")
class DocumentFormsTest {

    /** The documents: one of each layout of the family, and the seed. */
    static final List<String> DOCUMENTS = List.of("family/seed-variants-2022.txt", "family/national-2022.txt",
            "family/parenthetical-rule-2024.txt", "family/role-lines-2023.txt", "family/table-2023.txt", "seed");

    static Stream<Arguments> forms() {
        return DOCUMENTS.stream().flatMap(d -> Stream.of(Form.values()).map(f -> Arguments.of(d, f)));
    }

    static String text(String document) {
        return document.equals("seed") ? TestDocuments.resource("/seed/zhonglou-2021.txt") : TestDocuments.text(document);
    }

    static ParsedDocument read(String document, Form form) throws Exception {
        if (form == Form.PDF) {
            if (!ChromiumPdf.installed() && System.getenv("CI") != null) {
                throw new IllegalStateException("CI must run the PDF tests: install Debian's chromium and fonts-noto-cjk");
            }
            Assumptions.assumeTrue(ChromiumPdf.installed(), "Debian's chromium is not installed: PDF forms skipped");
        }
        byte[] file = DocumentForms.of(text(document), form);
        return DocumentParser.parse(DocumentFiles.text(file, document + "." + form.name().toLowerCase()));
    }

    /** What an import writes of a reading: the document's facts and, per task, its units, roles, targets and deadlines. */
    static List<String> graph(ParsedDocument doc) {
        List<String> out = new ArrayList<>();
        var m = doc.metadata();
        out.add("document " + m + " " + doc.layout());
        doc.sections().forEach(s -> out.add("section " + s.department() + " " + s.title()));
        for (Clause c : doc.clauses()) {
            out.add("task " + c.path() + " owners=" + c.owners() + " boilerplate=" + c.boilerplate()
                    + " text=" + c.text().replaceAll("\\s", ""));
            c.participants().stream().map(p -> "  " + p.role() + " " + p.department()).sorted().forEach(out::add);
            c.mentions().forEach(x -> out.add("  mention " + x));
            c.targets().forEach(t -> out.add("  target " + t));
            c.deadlines().forEach(d -> out.add("  deadline " + d));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("forms")
    void a_document_read_from_a_file_gives_what_its_text_gives(String document, Form form) throws Exception {
        ParsedDocument fromFile = read(document, form);
        ParsedDocument fromText = DocumentParser.parse(text(document));

        assertThat(graph(fromFile)).containsExactlyElementsOf(graph(fromText));
        assertThat(fromText.clauseCount()).isPositive();
    }
}
