package org.dutygraph.parser;

import org.dutygraph.similarity.Shingles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

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
 *
 * <p>The work is bounded, so a document of ten thousand sections, or of thousands of clauses written from one
 * template, is read in seconds: over {@value #MAX_SECTIONS} sections, recurrence is counted in that many sections
 * spread evenly over the document and scaled to all of them; and a clause is compared with at most
 * {@value #BUDGET} candidates. A clause whose budget runs out before it is decided is not boilerplate (it stays
 * counted as work: the safe side) and is reported ({@link Marks#undecided()}). Documents of the genre (tens of
 * sections, hundreds of clauses) stay within both bounds: the answer there is exact.
 */
final class Boilerplate {

    static final double CONTAINMENT = 0.7;
    static final double SECTION_SHARE = 0.4;
    static final int MIN_SECTIONS = 3;
    /** Most sections recurrence is counted in; more are sampled evenly. */
    static final int MAX_SECTIONS = 200;
    /** Most containment tests for one clause. */
    static final int BUDGET = 300;

    private Boilerplate() {
    }

    /**
     * @param flags     for each section, for each clause, whether it is boilerplate
     * @param undecided clauses whose comparisons ran out of budget before they were decided (left as not boilerplate)
     * @param sampled   whether recurrence was counted in a sample of the sections
     */
    record Marks(List<boolean[]> flags, int undecided, boolean sampled) {
    }

    static Marks mark(List<List<String>> clauseTextsBySection) {
        int sectionCount = clauseTextsBySection.size();
        int needed = Math.max(MIN_SECTIONS, (int) Math.ceil(SECTION_SHARE * sectionCount));
        boolean sampled = sectionCount > MAX_SECTIONS;
        int sampleSize = Math.min(sectionCount, MAX_SECTIONS);
        boolean[] inSample = new boolean[sectionCount];
        for (int i = 0; i < sampleSize; i++) {
            inSample[sampled ? (int) ((long) i * sectionCount / MAX_SECTIONS) : i] = true;
        }
        List<int[]> grams = new ArrayList<>();
        List<Integer> sectionOf = new ArrayList<>();
        for (int s = 0; s < sectionCount; s++) {
            for (String text : clauseTextsBySection.get(s)) {
                grams.add(bigrams(text));
                sectionOf.add(s);
            }
        }
        Postings postings = new Postings(grams, i -> inSample[sectionOf.get(i)]);
        List<boolean[]> marks = new ArrayList<>();
        int undecided = 0;
        int clause = 0;
        for (int s = 0; s < sectionCount; s++) {
            boolean[] flags = new boolean[clauseTextsBySection.get(s).size()];
            // Other sections the clause must recur in: all of them but its own, or, sampled, the same share of the
            // sample's other sections.
            int others = inSample[s] ? sampleSize - 1 : sampleSize;
            int neededElsewhere = sampled
                    ? (int) Math.ceil((double) (needed - 1) * others / (sectionCount - 1) - 1e-9)
                    : needed - 1;
            for (int c = 0; c < flags.length; c++, clause++) {
                int[] mine = grams.get(clause);
                if (mine.length == 0 || sectionCount < MIN_SECTIONS) {
                    continue;
                }
                int required = (int) Math.ceil(CONTAINMENT * mine.length - 1e-9);
                boolean[] counted = new boolean[sectionCount];
                counted[s] = true;
                int recurs = 0;
                int tests = 0;
                for (int other : postings.candidates(mine, required)) {
                    int section = sectionOf.get(other);
                    int[] theirs = grams.get(other);
                    if (counted[section] || theirs.length < required) {
                        continue;
                    }
                    if (++tests > BUDGET) {
                        break;
                    }
                    if (Shingles.intersection(mine, theirs) >= required) {
                        counted[section] = true;
                        if (++recurs >= neededElsewhere) {
                            break;
                        }
                    }
                }
                flags[c] = recurs >= neededElsewhere;
                if (tests > BUDGET && !flags[c]) {
                    undecided++;
                }
            }
            marks.add(flags);
        }
        return new Marks(marks, undecided, sampled);
    }

    /**
     * Which clauses hold each bigram. A clause containing {@code required} of a clause's {@code n} bigrams must hold
     * at least one of any {@code n - required + 1} of them (prefix filtering), so only the clauses holding its
     * rarest {@code n - required + 1} bigrams are candidates; the merge walk then checks them exactly.
     */
    private static final class Postings {
        private static final int[] NONE = new int[0];
        private final Map<Integer, int[]> holders = new HashMap<>();

        /** Over the clauses {@code included} accepts; a bigram no included clause holds has no holders. */
        Postings(List<int[]> grams, IntPredicate included) {
            Map<Integer, List<Integer>> lists = new HashMap<>();
            for (int i = 0; i < grams.size(); i++) {
                if (!included.test(i)) {
                    continue;
                }
                for (int g : grams.get(i)) {
                    lists.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
                }
            }
            lists.forEach((g, list) -> holders.put(g, list.stream().mapToInt(Integer::intValue).toArray()));
        }

        /** ParsedTask indices (ascending) that may contain {@code required} of {@code mine}'s bigrams. */
        int[] candidates(int[] mine, int required) {
            int[][] lists = new int[mine.length][];
            long[] byRarity = new long[mine.length];
            for (int i = 0; i < mine.length; i++) {
                lists[i] = holders.getOrDefault(mine[i], NONE);
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
