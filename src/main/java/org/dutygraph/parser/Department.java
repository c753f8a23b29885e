package org.dutygraph.parser;

import java.util.List;

/**
 * A department the document names: either one of its own sections or an external one (市商务局).
 *
 * @param name     canonical name: the section heading for own departments, the text's own form for external ones
 * @param aliases  other names the document uses for it (工信部门, 交管部门 …), in first-seen order
 * @param external true when the department has no section of its own in this document
 * @param level    its administrative level
 */
public record Department(String name, List<String> aliases, boolean external, Level level) {
    public Department {
        aliases = List.copyOf(aliases);
    }
}
