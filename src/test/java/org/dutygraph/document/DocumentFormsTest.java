package org.dutygraph.document;

import org.dutygraph.parser.ParsedTask;
import org.dutygraph.parser.DocumentParser;
import org.dutygraph.parser.ParsedDocument;
import org.dutygraph.support.DocumentForms;
import org.dutygraph.support.DocumentForms.Form;
import org.dutygraph.support.TestDocuments;
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
        return document.equals("seed") ? SeedDocument.text() : TestDocuments.text(document);
    }

    static ParsedDocument read(String document, Form form) throws Exception {
        byte[] file = DocumentForms.of(text(document), form);
        return DocumentParser.parse(DocumentFiles.text(file, document + "." + form.name().toLowerCase()));
    }

    /** What an import writes of a reading: the document's facts and, per task, its units, roles, targets and deadlines. */
    static List<String> graph(ParsedDocument doc) {
        List<String> out = new ArrayList<>();
        var m = doc.metadata();
        out.add("document " + m + " " + doc.layout());
        doc.sections().forEach(s -> out.add("section " + s.department() + " " + s.title()));
        for (ParsedTask c : doc.tasks()) {
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

    static List<String> roles(ParsedDocument doc, String path) {
        return doc.task(path).orElseThrow().participants().stream().map(p -> p.role() + " " + p.department()).toList();
    }

    static List<Integer> months(ParsedDocument doc, String path) {
        return doc.task(path).orElseThrow().deadlines().stream().map(d -> d.month()).toList();
    }

    @ParameterizedTest(name = "as {0}")
    @org.junit.jupiter.params.provider.EnumSource(Form.class)
    void each_layout_s_tasks_roles_targets_and_deadlines_are_read_from_each_form(Form form) throws Exception {
        ParsedDocument sections = read("family/seed-variants-2022.txt", form);
        assertThat(sections.layout()).isEqualTo(org.dutygraph.parser.Layout.DEPARTMENT_SECTIONS);
        assertThat(roles(sections, "(一)/(2)")).containsExactly("LEAD 区发展和改革委员会", "SUPPORT 区工业和信息化局");
        assertThat(months(sections, "(一)/(2)")).containsExactly(4);
        assertThat(roles(sections, "(二)/4")).containsExactly("LEAD 区发展和改革委员会", "JOINT 区住房和城乡建设局");
        assertThat(sections.task("(一)/(3)").orElseThrow().targets()).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("10"));

        ParsedDocument topics = read("family/parenthetical-rule-2024.txt", form);
        assertThat(topics.layout()).isEqualTo(org.dutygraph.parser.Layout.TOPIC_PARENTHETICALS);
        assertThat(roles(topics, "一/(二)")).containsExactly("LEAD 市住建局", "JOINT 市自然资源和规划局", "JOINT 市行政审批局");
        assertThat(months(topics, "一/(二)")).containsExactly(12);
        assertThat(roles(topics, "二/(四)")).containsExactly("LEAD 人民银行常州市分行", "SUPPORT 常州金融监管分局");

        ParsedDocument roleLines = read("family/role-lines-2023.txt", form);
        assertThat(roleLines.layout()).isEqualTo(org.dutygraph.parser.Layout.ROLE_LINES);
        assertThat(roles(roleLines, "一/1")).containsExactly("LEAD 区城管局", "SUPPORT 区住建局", "SUPPORT 区财政局");
        assertThat(months(roleLines, "一/1")).containsExactly(6);
        assertThat(roleLines.task("一/1").orElseThrow().targets()).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("200"));

        ParsedDocument table = read("family/table-2023.txt", form);
        assertThat(table.layout()).isEqualTo(org.dutygraph.parser.Layout.TABLE);
        assertThat(roles(table, "2")).containsExactly("LEAD 区住建局", "SUPPORT 区城管局");
        assertThat(months(table, "2")).containsExactly(9);
        assertThat(table.task("2").orElseThrow().unresolvedMentions()).containsExactly("各街道办事处");
    }
}
