package org.dutygraph.similarity;

import org.dutygraph.genre.Sentences;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds clauses of different departments that describe the same work. A pure function over texts.
 *
 * <p>Two kinds of evidence, each found through MinHash/LSH candidates (never all pairs) and then scored exactly:
 * <ul>
 *   <li><b>whole clauses</b> alike: Jaccard similarity of their character bigrams (区工信局 #1 and 区市场监管局 #1);
 *       candidates from 32 bands × 4 rows (threshold ≈ 0.42), kept from {@value #MIN_SCORE};</li>
 *   <li><b>a shared passage</b>: a substantial sentence (at least {@value #MIN_PASSAGE} characters without punctuation)
 *       of one clause nearly equal (bigram Jaccard ≥ {@value #MIN_PASSAGE_SCORE}) to a sentence of the other, even
 *       when the clauses around it differ (the 绿色屋顶 sentence of 区发改局 #3 and 区住建局 #4); candidates from
 *       24 bands × 5 rows (threshold ≈ 0.53).</li>
 * </ul>
 * Before comparing, a role word with the departments it names (会同市场监管部门, 配合生态环境部门、发改部门) is
 * removed: mirrored clauses of two partners differ exactly there by design (区工信局 writes 会同市场监管部门
 * where 区市场监管局 writes 会同工信部门), and the work they describe is the rest.
 *
 * <p>Each clause keeps at most its {@value #MAX_PARTNERS} closest partners (a pair stays when both of its clauses
 * keep it): a clause alike to hundreds of others (a document written from one template) would otherwise make the
 * pairs, and the graph's similarity edges, grow with the square of the document. The clauses of real documents have
 * far fewer partners (15 at most in the seed), so for them nothing is dropped.
 *
 * <p>Size: one search (shingles, MinHash/LSH candidates, exact scores, the partner cap) over arrays its steps share;
 * it is a few lines over.
 */
public final class SimilarityFinder {

    /** Lowest whole-clause similarity kept. */
    public static final double MIN_SCORE = 0.3;
    /** Shortest sentence, in characters without punctuation, that counts as a shared passage. */
    public static final int MIN_PASSAGE = 16;
    /** Lowest sentence similarity that counts as a shared passage. */
    public static final double MIN_PASSAGE_SCORE = 0.6;
    /** A bigram in more clauses than this (or 1 % of them, whichever is more) is common: see {@link #commonShingles}. */
    public static final int COMMON_FLOOR = 20;
    /** Most partners a clause keeps: see the class comment. */
    public static final int MAX_PARTNERS = 24;
    private static final long SEED = 20210514L;
    private static final java.util.regex.Pattern ROLE_PHRASE = java.util.regex.Pattern.compile(
            "(" + String.join("|", org.dutygraph.genre.RoleWords.PARTNER_WORDS)
                    + ")((?:[、和及与]?[\\u4e00-\\u9fa5()、]{1,30}?(?:部门|局|分局|大队|中心|委|办)(?:等部门|等)?)*)");

    /** The text as compared: role statements and role phrases with their departments removed, then normalised. */
    public static String comparable(String text) {
        String work = org.dutygraph.genre.RoleWords.STATEMENT_TEXT.matcher(text).replaceAll("");
        return Shingles.normalize(ROLE_PHRASE.matcher(work).replaceAll(""));
    }

    /** A clause to compare: its owner decides which pairs count (only different owners). */
    public record Item(String owner, String text) {
    }

    /**
     * Two similar clauses, by index in the input, {@code first < second}.
     *
     * @param score        whole-clause similarity (bigram Jaccard)
     * @param passage      the best shared sentence as the first clause writes it, or null
     * @param passageScore its similarity to the second clause's sentence, 0 without a passage
     */
    public record Pair(int first, int second, double score, String passage, double passageScore) {
    }

    private SimilarityFinder() {
    }

    /**
     * What a search found and what it cost: the pairs, and how many distinct candidate pairs the two LSH indexes
     * proposed (the work beyond reading the texts), and how many bigrams were left out of signatures as common.
     */
    public record Search(List<Pair> pairs, int clauseCandidates, int sentenceCandidates, int commonBigrams) {
    }

    public static List<Pair> find(List<Item> items) {
        return search(items).pairs();
    }

    public static Search search(List<Item> items) {
        int[][] shingles = new int[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            shingles[i] = Shingles.of(comparable(items.get(i).text()));
        }
        int[] common = commonShingles(shingles);
        MinHashLsh clauses = new MinHashLsh(32, 4, SEED);
        for (int[] grams : shingles) {
            clauses.add(signatureShingles(grams, common));
        }
        PairSet candidates = new PairSet();
        clauses.candidates(candidates);
        long[] clauseCandidates = candidates.distinct();
        Map<Long, Pair> pairs = new HashMap<>();
        for (long key : clauseCandidates) {
            int a = (int) (key >>> 32);
            int b = (int) key;
            if (items.get(a).owner().equals(items.get(b).owner())) {
                continue;
            }
            double score = Shingles.jaccard(shingles[a], shingles[b]);
            if (score >= MIN_SCORE) {
                pairs.put(slot(key), new Pair(a, b, score, null, 0));
            }
        }
        int sentenceCandidates = sharedPassages(items, shingles, common, pairs);
        List<Pair> result = closest(pairs.values(), items.size());
        result.sort((x, y) -> x.first() != y.first() ? Integer.compare(x.first(), y.first()) : Integer.compare(x.second(), y.second()));
        return new Search(result, clauseCandidates.length, sentenceCandidates, common.length);
    }

    /**
     * The map key of a pair key {@code low << 32 | high}: the same pair, bits mixed (an odd multiplier is one-to-one).
     * {@link Long#hashCode} folds the two halves with xor, so pairs of near indices (a window of a template's
     * clauses) would share a few hash buckets and every map operation would walk a tree.
     */
    private static long slot(long pairKey) {
        return pairKey * 0x9E3779B97F4A7C15L;
    }

    /**
     * The pairs among which each clause keeps its {@value #MAX_PARTNERS} closest partners (by clause score, then by
     * passage score, then by the partner's index, so the choice is repeatable); a pair stays when both clauses still
     * have room for it, so no clause ends with more. All pairs when no clause has more partners than that.
     */
    private static List<Pair> closest(java.util.Collection<Pair> pairs, int clauses) {
        int[] partners = new int[clauses];
        for (Pair pair : pairs) {
            partners[pair.first()]++;
            partners[pair.second()]++;
        }
        if (java.util.Arrays.stream(partners).allMatch(n -> n <= MAX_PARTNERS)) {
            return new ArrayList<>(pairs);
        }
        Pair[] byCloseness = pairs.toArray(Pair[]::new);
        java.util.Arrays.sort(byCloseness, SimilarityFinder::closer);
        int[] kept = new int[clauses];
        List<Pair> result = new ArrayList<>();
        for (Pair pair : byCloseness) {
            // Taken in order of closeness, a pair is among both clauses' closest while both have room.
            if (kept[pair.first()] < MAX_PARTNERS && kept[pair.second()] < MAX_PARTNERS) {
                kept[pair.first()]++;
                kept[pair.second()]++;
                result.add(pair);
            }
        }
        return result;
    }

    /** Closer first: higher clause score, then higher passage score, then lower indices. */
    private static int closer(Pair x, Pair y) {
        int c = Double.compare(y.score(), x.score());
        if (c == 0) {
            c = Double.compare(y.passageScore(), x.passageScore());
        }
        if (c == 0) {
            c = Integer.compare(x.first(), y.first());
        }
        return c != 0 ? c : Integer.compare(x.second(), y.second());
    }

    /**
     * Bigrams so common in this corpus (in more than max({@value #COMMON_FLOOR}, 1 %) of the clauses: 推进, 环境,
     * 工作) that they make unrelated clauses look alike. They stay in every exact score but are left out of the
     * MinHash signatures, so that chance candidates do not grow with the square of the corpus.
     */
    private static int[] commonShingles(int[][] shingles) {
        int total = 0;
        for (int[] grams : shingles) {
            total += grams.length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int[] grams : shingles) {
            System.arraycopy(grams, 0, all, at, grams.length);
            at += grams.length;
        }
        java.util.Arrays.sort(all);
        int limit = Math.max(COMMON_FLOOR, shingles.length / 100);
        int[] common = new int[64];
        int n = 0;
        for (int i = 0, start = 0; i <= all.length; i++) {
            if (i == all.length || all[i] != all[start]) {
                if (i - start > limit) {
                    if (n == common.length) {
                        common = java.util.Arrays.copyOf(common, n * 2);
                    }
                    common[n++] = all[start];
                }
                start = i;
            }
        }
        return java.util.Arrays.copyOf(common, n);
    }

    /** The shingles a signature is made of: without the common ones, unless that would leave too little of the text. */
    private static int[] signatureShingles(int[] grams, int[] common) {
        int[] kept = new int[grams.length];
        int n = 0;
        for (int g : grams) {
            if (java.util.Arrays.binarySearch(common, g) < 0) {
                kept[n++] = g;
            }
        }
        return n >= 4 ? java.util.Arrays.copyOf(kept, n) : grams;
    }

    private record Sentence(int clause, String text, int[] shingles) {
    }

    /** Adds the shared-sentence evidence to {@code pairs}; returns the number of distinct sentence candidates. */
    private static int sharedPassages(List<Item> items, int[][] clauseShingles, int[] common, Map<Long, Pair> pairs) {
        List<Sentence> sentences = new ArrayList<>();
        MinHashLsh index = new MinHashLsh(24, 5, SEED + 1);
        for (int i = 0; i < items.size(); i++) {
            for (String sentence : sentences(items.get(i).text())) {
                String normalized = comparable(sentence);
                if (normalized.length() >= MIN_PASSAGE) {
                    int[] grams = Shingles.of(normalized);
                    sentences.add(new Sentence(i, sentence.strip(), grams));
                    index.add(signatureShingles(grams, common));
                }
            }
        }
        PairSet candidates = new PairSet();
        index.candidates(candidates);
        long[] distinct = candidates.distinct();
        for (long key : distinct) {
            Sentence x = sentences.get((int) (key >>> 32));
            Sentence y = sentences.get((int) key);
            if (x.clause() == y.clause() || items.get(x.clause()).owner().equals(items.get(y.clause()).owner())) {
                continue;
            }
            double passageScore = Shingles.jaccard(x.shingles(), y.shingles());
            if (passageScore < MIN_PASSAGE_SCORE) {
                continue;
            }
            Sentence first = x.clause() < y.clause() ? x : y;
            Sentence second = first == x ? y : x;
            long pairKey = ((long) first.clause() << 32) | second.clause();
            Pair known = pairs.get(slot(pairKey));
            double score = known != null ? known.score()
                    : Shingles.jaccard(clauseShingles[first.clause()], clauseShingles[second.clause()]);
            if (known == null || known.passage() == null || passageScore > known.passageScore()
                    || passageScore == known.passageScore() && first.text().length() > known.passage().length()) {
                pairs.put(slot(pairKey), new Pair(first.clause(), second.clause(), score, first.text(), passageScore));
            }
        }
        return distinct.length;
    }

    /** Sentences of a clause, as the genre cuts them ({@link Sentences#of}). */
    public static List<String> sentences(String text) {
        return Sentences.of(text);
    }
}
