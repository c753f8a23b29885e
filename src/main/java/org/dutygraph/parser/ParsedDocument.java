package org.dutygraph.parser;

import java.util.List;
import java.util.Optional;

/**
 * The parser's whole answer for one document.
 *
 * @param metadata    what the document says about itself
 * @param sections    its department sections, in order
 * @param departments every department it names: its own sections first, then external ones
 * @param warnings    things the parser could read but that a person should check (located: line and section)
 */
public record ParsedDocument(DocumentMetadata metadata, List<Section> sections, List<Department> departments,
                             List<String> warnings) {
    public ParsedDocument {
        sections = List.copyOf(sections);
        departments = List.copyOf(departments);
        warnings = List.copyOf(warnings);
    }

    public int clauseCount() {
        return sections.stream().mapToInt(s -> s.clauses().size()).sum();
    }

    public Optional<Section> section(String department) {
        return sections.stream().filter(s -> s.department().equals(department)).findFirst();
    }

    /** The clause of {@code department}'s section with this 1-based ordinal. */
    public Clause clause(String department, int ordinal) {
        Section section = section(department).orElseThrow(() -> new IllegalArgumentException("no section " + department));
        return section.clauses().get(ordinal - 1);
    }
}
