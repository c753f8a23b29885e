package org.dutygraph.parser;

import org.dutygraph.similarity.Shingles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds boilerplate: clauses that recur nearly word for word across many sections (对照《…责任规定》…切实履行…;
 * 按照职责分工,做好中央和省级生态环境保护督察…整改). Derived from the document alone.
 *
 * <p>A clause's character bigrams (punctuation and spaces dropped) are compared with every clause of the other
 * sections; clause A "recurs in" section S when some clause of S contains at least {@value #CONTAINMENT} of A's
 * bigrams. A clause is boilerplate when it recurs in at least {@code max(3, ⌈0.4 × sections⌉)} sections, its own
 * counted. Containment (not symmetric similarity) lets the short form of a recurring clause match its longer
 * variants; the high section count keeps work shared by three or four departments (噪声, 危污乱散低) out.
 *
 * <p>Bigrams are {@link Shingles} (packed ints, sorted), so a containment test is one merge walk; only clauses
 * sharing one of a clause's rarest bigrams are tested (prefix filtering, exact), and a clause
 * stops being compared once it has recurred in enough sections.
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
        List<int[]> grams = new ArrayList<>();
        List<Integer> sectionOf = new ArrayList<>();
        for (int s = 0; s < sectionCount; s++) {
            for (String text : clauseTextsBySection.get(s)) {
                grams.add(bigrams(text));
                sectionOf.add(s);
            }
        }
        Postings postings = new Postings(grams);
        List<boolean[]> marks = new ArrayList<>();
        int clause = 0;
        for (int s = 0; s < sectionCount; s++) {
            boolean[] flags = new boolean[clauseTextsBySection.get(s).size()];
            for (int c = 0; c < flags.length; c++, clause++) {
                int[] mine = grams.get(clause);
                if (mine.length == 0 || sectionCount < MIN_SECTIONS) {
                    continue;
                }
                int required = (int) Math.ceil(CONTAINMENT * mine.length - 1e-9);
                boolean[] counted = new boolean[sectionCount];
                counted[s] = true;
                int recurs = 1;
                for (int other : postings.candidates(mine, required)) {
                    int section = sectionOf.get(other);
                    int[] theirs = grams.get(other);
                    if (!counted[section] && theirs.length >= required && Shingles.intersection(mine, theirs) >= required) {
                        counted[section] = true;
                        if (++recurs >= needed) {
                            break;
                        }
                    }
                }
                flags[c] = recurs >= needed;
            }
            marks.add(flags);
        }
        return marks;
    }

    /**
     * Which clauses hold each bigram. A clause containing {@code required} of a clause's {@code n} bigrams must hold
     * at least one of any {@code n - required + 1} of them (prefix filtering), so only the clauses holding its
     * rarest {@code n - required + 1} bigrams are candidates; the merge walk then checks them exactly.
     */
    private static final class Postings {
        private final Map<Integer, int[]> holders = new HashMap<>();

        Postings(List<int[]> grams) {
            Map<Integer, List<Integer>> lists = new HashMap<>();
            for (int i = 0; i < grams.size(); i++) {
                for (int g : grams.get(i)) {
                    lists.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
                }
            }
            lists.forEach((g, list) -> holders.put(g, list.stream().mapToInt(Integer::intValue).toArray()));
        }

        /** Clause indices (ascending) that may contain {@code required} of {@code mine}'s bigrams. */
        int[] candidates(int[] mine, int required) {
            int[][] lists = new int[mine.length][];
            long[] byRarity = new long[mine.length];
            for (int i = 0; i < mine.length; i++) {
                lists[i] = holders.get(mine[i]);
                byRarity[i] = ((long) lists[i].length << 32) | i;
            }
            Arrays.sort(byRarity);
            BitSet found = new BitSet();
            for (int i = 0; i < mine.length - required + 1; i++) {
                for (int holder : lists[(int) byRarity[i]]) {
                    found.set(holder);
                }
            }
            return found.stream().toArray();
        }
    }

    /** The distinct bigrams of {@code text} without punctuation, symbols and spaces; none for a single character. */
    static int[] bigrams(String text) {
        String bare = Shingles.normalize(text);
        return bare.length() < 2 ? new int[0] : Shingles.of(bare);
    }
}
