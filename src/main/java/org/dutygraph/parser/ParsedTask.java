package org.dutygraph.parser;

import java.util.List;

/**
 * One task as parsed: a numbered clause of a department's section, or a task of a topic section with its roles.
 *
 * @param ordinal            1-based position in its section (stable even where the text's numbering restarts)
 * @param label              its own number as written in canonical form (1, (2), ①, (一)); ¶2 for an unnumbered
 *                           paragraph
 * @param path               the label path from the outermost heading: 二/(一)/3 (P2: in a document's second part)
 * @param text               the task text exactly as written, without its number (and without points such as（25分）)
 * @param line               1-based line of the text where the task starts
 * @param owners             the departments whose task it is: the section's department, else its leads (several leads
 *                           are co-owners); empty when no department leads it
 * @param participants       every department with a role in it, each with the sentence(s) that give the role
 * @param mentions           departments it names without giving them a role (与城管、生态环境部门共享)
 * @param unresolvedMentions generic mentions it cannot pin on a department (相关部门, 各地区, 国务院相关部门)
 * @param targets            its quantified targets
 * @param deadlines          its deadlines
 * @param boilerplate        true when nearly the same clause recurs across many sections of the document
 */
public record ParsedTask(int ordinal, String label, String path, String text, int line, List<String> owners,
                     List<ParsedParticipation> participants, List<String> mentions, List<String> unresolvedMentions,
                     List<ParsedTarget> targets, List<ParsedDeadline> deadlines, boolean boilerplate) {
    public ParsedTask {
        owners = List.copyOf(owners);
        participants = List.copyOf(participants);
        mentions = List.copyOf(mentions);
        unresolvedMentions = List.copyOf(unresolvedMentions);
        targets = List.copyOf(targets);
        deadlines = List.copyOf(deadlines);
    }

    ParsedTask withBoilerplate(boolean flag) {
        return new ParsedTask(ordinal, label, path, text, line, owners, participants, mentions, unresolvedMentions, targets,
                deadlines, flag);
    }

    ParsedTask withOrdinal(int n) {
        return new ParsedTask(n, label, path, text, line, owners, participants, mentions, unresolvedMentions, targets,
                deadlines, boilerplate);
    }
}
