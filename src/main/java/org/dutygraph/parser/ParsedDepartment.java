package org.dutygraph.parser;

import org.dutygraph.model.Level;

import java.util.List;

/**
 * A body the document names: one of its own departments, an external department (市商务局 in a district's
 * document), or an organisation that carries roles (a customs office, a central-bank branch).
 *
 * @param name         canonical name: the section heading for a department with a section, else the fullest form the
 *                     text uses (市人力资源和社会保障局 rather than 市人社局)
 * @param aliases      other names the document uses for it (工信部门, 市人社局 …), in first-seen order
 * @param external     true when it does not belong to the issuing government (its level is not OWN)
 * @param level        its administrative level relative to the issuing government
 * @param organisation true for a named body that is not a government department
 */
public record ParsedDepartment(String name, List<String> aliases, boolean external, Level level, boolean organisation) {
    public ParsedDepartment {
        aliases = List.copyOf(aliases);
    }
}
