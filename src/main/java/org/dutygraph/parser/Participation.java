package org.dutygraph.parser;

import org.dutygraph.genre.Role;

/**
 * One department's role in one clause.
 *
 * @param department canonical department name (see {@link Department#name()})
 * @param role       its role
 * @param evidence   the sentence(s) of the clause that give it this role, exactly as written
 */
public record Participation(String department, Role role, String evidence) {
}
