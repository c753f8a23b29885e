package org.dutygraph.parser;

import java.util.List;

/**
 * One department's section: heading (一、区工信局) and its clauses.
 *
 * @param ordinal    1-based position in the document
 * @param label      the heading's number as written (一, 十六)
 * @param department canonical name of the owning department (the heading text)
 * @param line       1-based line of the heading
 * @param clauses    its clauses, in order
 */
public record Section(int ordinal, String label, String department, int line, List<Clause> clauses) {
    public Section {
        clauses = List.copyOf(clauses);
    }
}
