package org.dutygraph.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds boilerplate: clauses that recur nearly word for word across many sections (对照《…责任规定》…切实履行…;
 * 按照职责分工,做好中央和省级生态环境保护督察…整改). Derived from the document alone.
 *
 * <p>A clause's character bigrams (punctuation and spaces dropped) are compared with every clause of the other
 * sections; clause A "recurs in" section S when some clause of S contains at least {@value #CONTAINMENT} of A's
 * bigrams. A clause is boilerplate when it recurs in at least {@code max(3, ⌈0.4 × sections⌉)} sections, its own
 * counted. Containment (not symmetric similarity) lets the short form of a recurring clause match its longer
 * variants; the high section count keeps work shared by three or four departments (噪声, 危污乱散低) out.
 */
final class Boilerplate {

    static final double CONTAINMENT = 0.7;
    static final double SECTION_SHARE = 0.4;
    static final int MIN_SECTIONS = 3;

    private Boilerplate() {
    }

    /** @return for each section, for each clause, whether it is boilerplate */
    static List<boolean[]> mark(List<List<String>> clauseTextsBySection) {
        int sectionCount = clauseTextsBySection.size();
        int needed = Math.max(MIN_SECTIONS, (int) Math.ceil(SECTION_SHARE * sectionCount));
        List<List<Set<String>>> bigrams = new ArrayList<>();
        for (List<String> texts : clauseTextsBySection) {
            bigrams.add(texts.stream().map(Boilerplate::bigrams).toList());
        }
        List<boolean[]> marks = new ArrayList<>();
        for (int s = 0; s < sectionCount; s++) {
            boolean[] flags = new boolean[bigrams.get(s).size()];
            for (int c = 0; c < flags.length; c++) {
                Set<String> mine = bigrams.get(s).get(c);
                if (mine.isEmpty() || sectionCount < MIN_SECTIONS) {
                    continue;
                }
                int recurs = 1;
                for (int other = 0; other < sectionCount; other++) {
                    if (other != s && bigrams.get(other).stream().anyMatch(theirs -> containment(mine, theirs) >= CONTAINMENT)) {
                        recurs++;
                    }
                }
                flags[c] = recurs >= needed;
            }
            marks.add(flags);
        }
        return marks;
    }

    static Set<String> bigrams(String text) {
        String bare = text.replaceAll("[\\p{P}\\p{S}\\s]", "");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= bare.length(); i++) {
            grams.add(bare.substring(i, i + 2));
        }
        return grams;
    }

    private static double containment(Set<String> mine, Set<String> theirs) {
        int shared = 0;
        for (String g : mine) {
            if (theirs.contains(g)) {
                shared++;
            }
        }
        return (double) shared / mine.size();
    }
}
