package org.dutygraph.parser;

import java.util.List;
import java.util.Optional;

/**
 * The parser's whole answer for one document.
 *
 * @param metadata    what the document says about itself
 * @param layout      how it allocates its work, as detected
 * @param sections    its sections (by department or by topic), in order
 * @param departments every body it names: its own section departments first, then the rest in first-seen order
 * @param coverage    the share of its body text (from the first item to the end of the text proper, without spaces)
 *                    that was read into tasks or the headings above them, 0 to 1
 * @param warnings    things the parser could read but that a person should check (located: line and section)
 */
public record ParsedDocument(DocumentMetadata metadata, Layout layout, List<ParsedSection> sections,
                             List<ParsedDepartment> departments, double coverage, List<String> warnings) {
    public ParsedDocument {
        sections = List.copyOf(sections);
        departments = List.copyOf(departments);
        warnings = List.copyOf(warnings);
    }

    /** This reading with {@code first} (what reading the file could not settle) before the parser's own warnings. */
    public ParsedDocument withWarningsFirst(List<String> first) {
        if (first.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(warnings);
        return new ParsedDocument(metadata, layout, sections, departments, coverage, all);
    }

    public int clauseCount() {
        return sections.stream().mapToInt(s -> s.tasks().size()).sum();
    }

    /** Every task, in reading order. */
    public List<ParsedTask> tasks() {
        return sections.stream().flatMap(s -> s.tasks().stream()).toList();
    }

    public Optional<ParsedSection> section(String department) {
        return sections.stream().filter(s -> department.equals(s.department())).findFirst();
    }

    /** The clause of {@code department}'s section with this 1-based ordinal. */
    public ParsedTask clause(String department, int ordinal) {
        ParsedSection section = section(department).orElseThrow(() -> new IllegalArgumentException("no section " + department));
        return section.tasks().get(ordinal - 1);
    }

    /** The task with this label path (二/(一)/3), if any. */
    public Optional<ParsedTask> task(String path) {
        return tasks().stream().filter(c -> c.path().equals(path)).findFirst();
    }
}
