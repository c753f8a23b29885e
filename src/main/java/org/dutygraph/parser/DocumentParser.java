package org.dutygraph.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a 目标责任书 (plain text, or the HTML / scraped web page around it) into one {@link ParsedDocument}.
 * A pure function: no I/O beyond its own resource table, no Spring, no database. It either returns the whole
 * document or throws a {@link ParseException} that says what is wrong and where; never half a result.
 */
public final class DocumentParser {

    private DocumentParser() {
    }

    public static ParsedDocument parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ParseException("the text is empty", 0, null);
        }
        SourceText source = SourceText.of(text);
        Layout layout = Layout.read(source);
        List<String> warnings = new ArrayList<>();
        if (source.wasHtml()) {
            warnings.add("the input is HTML; line numbers refer to its text after the markup was removed");
        }
        if (layout.sections().isEmpty()) {
            throw new ParseException("no department sections found: expected headings such as '一、区发改局' "
                    + "followed by numbered clauses ('1. …')", 0, null);
        }
        checkSections(layout, warnings);
        warnings.addAll(layout.warnings());

        List<SourceText.Line> around = new ArrayList<>(layout.preamble());
        around.addAll(layout.epilogue());
        DocumentMetadata metadata = MetadataReader.read(around);
        if (metadata.title() == null) {
            warnings.add("no title found (a line ending in 目标责任书, or 《…》 in a 关于印发 notice)");
        }
        if (metadata.year() == null) {
            warnings.add("no year found in the title, the document number or its dates");
        }

        List<String> owners = layout.sections().stream().map(Layout.RawSection::department).toList();
        DepartmentDirectory directory = new DepartmentDirectory(owners, metadata);
        ClauseRoles roles = new ClauseRoles(directory);
        List<Section> sections = new ArrayList<>();
        int ordinal = 0;
        for (Layout.RawSection raw : layout.sections()) {
            List<Clause> clauses = new ArrayList<>();
            int clauseOrdinal = 0;
            for (Layout.RawClause rc : clauseSource(raw)) {
                String original = rc.original().toString();
                String masked = Sentences.mask(rc.folded().toString());
                ClauseRoles.Result who = roles.read(raw.department(), original, masked);
                Quantities.Result how = Quantities.read(original, masked);
                clauses.add(new Clause(++clauseOrdinal, rc.label(), original, rc.line(), who.participants(),
                        who.mentions(), who.unresolved(), how.targets(), how.deadlines(), false));
            }
            sections.add(new Section(++ordinal, raw.label(), raw.department(), raw.line(), clauses));
        }
        sections = markBoilerplate(sections);
        return new ParsedDocument(metadata, sections, departments(directory), warnings);
    }

    /** A section's numbered clauses; a section with none but running text takes each paragraph as a clause. */
    private static List<Layout.RawClause> clauseSource(Layout.RawSection raw) {
        if (!raw.clauses().isEmpty()) {
            return raw.clauses();
        }
        List<Layout.RawClause> paragraphs = new ArrayList<>();
        int n = 0;
        for (SourceText.Line line : raw.paragraphs()) {
            paragraphs.add(new Layout.RawClause(String.valueOf(++n), line.number(),
                    new StringBuilder(line.original()), new StringBuilder(line.folded())));
        }
        return paragraphs;
    }

    private static void checkSections(Layout layout, List<String> warnings) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Layout.RawSection section : layout.sections()) {
            Integer first = seen.putIfAbsent(section.department(), section.line());
            if (first != null) {
                throw new ParseException("department " + section.department() + " has a second section (the first is at line "
                        + first + ")", section.line(), section.department());
            }
            if (section.clauses().isEmpty()) {
                if (section.paragraphs().isEmpty()) {
                    throw new ParseException("section has no clauses", section.line(), section.department());
                }
                warnings.add("line " + section.line() + ", section " + section.department()
                        + ": no numbered clauses; each of its " + section.paragraphs().size() + " paragraphs is read as a clause");
            } else if (!section.paragraphs().isEmpty()) {
                warnings.add("line " + section.paragraphs().getFirst().number() + ", section " + section.department()
                        + ": text before the first numbered clause was not read: '"
                        + Layout.abbreviate(section.paragraphs().getFirst().original()) + "'");
            }
            int expected = 1;
            for (Layout.RawClause clause : section.clauses()) {
                String label = clause.label();
                if (label.chars().allMatch(Character::isDigit)) {
                    int n = Integer.parseInt(label);
                    if (n != expected) {
                        warnings.add("line " + clause.line() + ", section " + section.department() + ": clause numbered "
                                + n + " where " + expected + " was expected");
                    }
                    expected = n + 1;
                }
                if (clause.original().isEmpty()) {
                    throw new ParseException("clause " + label + " has no text", clause.line(), section.department());
                }
            }
        }
    }

    private static List<Section> markBoilerplate(List<Section> sections) {
        List<List<String>> texts = sections.stream().map(s -> s.clauses().stream().map(Clause::text).toList()).toList();
        List<boolean[]> marks = Boilerplate.mark(texts);
        List<Section> marked = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            List<Clause> clauses = new ArrayList<>();
            for (int c = 0; c < section.clauses().size(); c++) {
                clauses.add(section.clauses().get(c).withBoilerplate(marks.get(s)[c]));
            }
            marked.add(new Section(section.ordinal(), section.label(), section.department(), section.line(), clauses));
        }
        return marked;
    }

    private static List<Department> departments(DepartmentDirectory directory) {
        List<Department> all = new ArrayList<>();
        for (String name : directory.sections()) {
            all.add(new Department(name, directory.aliasesOf(name), false, Level.OWN));
        }
        directory.externals().forEach((name, level) -> all.add(new Department(name, List.of(), true, level)));
        return all;
    }
}
