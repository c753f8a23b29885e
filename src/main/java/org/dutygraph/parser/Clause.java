package org.dutygraph.parser;

import java.util.List;

/**
 * One numbered clause of a department section.
 *
 * @param ordinal            1-based position in its section (stable even where the text's numbering restarts)
 * @param label              the number as written (1, 2, (3), ①)
 * @param text               the clause text exactly as written, without its number
 * @param line               1-based line of the text where the clause starts
 * @param participants       every department with a role in it, the owner included
 * @param mentions           departments it names without giving them a role (与城管、生态环境部门共享)
 * @param unresolvedMentions generic mentions it cannot pin on a department (相关部门, 区主管部门)
 * @param targets            its quantified targets
 * @param deadlines          its deadlines
 * @param boilerplate        true when nearly the same clause recurs across many sections of the document
 */
public record Clause(int ordinal, String label, String text, int line, List<Participation> participants,
                     List<String> mentions, List<String> unresolvedMentions, List<Target> targets,
                     List<Deadline> deadlines, boolean boilerplate) {
    public Clause {
        participants = List.copyOf(participants);
        mentions = List.copyOf(mentions);
        unresolvedMentions = List.copyOf(unresolvedMentions);
        targets = List.copyOf(targets);
        deadlines = List.copyOf(deadlines);
    }

    Clause withBoilerplate(boolean flag) {
        return new Clause(ordinal, label, text, line, participants, mentions, unresolvedMentions, targets, deadlines, flag);
    }
}
