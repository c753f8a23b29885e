package org.dutygraph.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *       16 bands × 8 rows (threshold ≈ 0.71).</li>
 * </ul>
 * Before comparing, a role word with the departments it names (会同市场监管部门, 配合生态环境部门、发改部门) is
 * removed: mirrored clauses of two partners differ exactly there by design (区工信局 writes 会同市场监管部门
 * where 区市场监管局 writes 会同工信部门), and the work they describe is the rest.
 */
public final class SimilarityFinder {

    /** Lowest whole-clause similarity kept. */
    public static final double MIN_SCORE = 0.3;
    /** Shortest sentence, in characters without punctuation, that counts as a shared passage. */
    public static final int MIN_PASSAGE = 16;
    /** Lowest sentence similarity that counts as a shared passage. */
    public static final double MIN_PASSAGE_SCORE = 0.6;
    private static final long SEED = 20210514L;
    private static final java.util.regex.Pattern ROLE_PHRASE = java.util.regex.Pattern.compile(
            "(会同|配合|协同|协助)((?:[、和及与]?[\\u4e00-\\u9fa5()、]{1,30}?(?:部门|局|分局|大队|中心|委|办)(?:等部门|等)?)*)");

    /** The text as compared: role phrases with their departments removed, then normalised. */
    public static String comparable(String text) {
        return Shingles.normalize(ROLE_PHRASE.matcher(text).replaceAll(""));
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

    public static List<Pair> find(List<Item> items) {
        int[][] shingles = new int[items.size()][];
        MinHashLsh clauses = new MinHashLsh(32, 4, SEED);
        for (int i = 0; i < items.size(); i++) {
            shingles[i] = Shingles.of(comparable(items.get(i).text()));
            clauses.add(shingles[i]);
        }
        Map<Long, Pair> pairs = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        clauses.candidates(key -> {
            if (!seen.add(key)) {
                return;
            }
            int a = (int) (key >>> 32);
            int b = (int) key;
            if (items.get(a).owner().equals(items.get(b).owner())) {
                return;
            }
            double score = Shingles.jaccard(shingles[a], shingles[b]);
            if (score >= MIN_SCORE) {
                pairs.put(key, new Pair(a, b, score, null, 0));
            }
        });
        sharedPassages(items, shingles, pairs);
        List<Pair> result = new ArrayList<>(pairs.values());
        result.sort((x, y) -> x.first() != y.first() ? Integer.compare(x.first(), y.first()) : Integer.compare(x.second(), y.second()));
        return result;
    }

    private record Sentence(int clause, String text, int[] shingles) {
    }

    private static void sharedPassages(List<Item> items, int[][] clauseShingles, Map<Long, Pair> pairs) {
        List<Sentence> sentences = new ArrayList<>();
        MinHashLsh index = new MinHashLsh(24, 5, SEED + 1);
        for (int i = 0; i < items.size(); i++) {
            for (String sentence : sentences(items.get(i).text())) {
                String normalized = comparable(sentence);
                if (normalized.length() >= MIN_PASSAGE) {
                    int[] grams = Shingles.of(normalized);
                    sentences.add(new Sentence(i, sentence.strip(), grams));
                    index.add(grams);
                }
            }
        }
        Set<Long> seen = new HashSet<>();
        index.candidates(key -> {
            if (!seen.add(key)) {
                return;
            }
            Sentence x = sentences.get((int) (key >>> 32));
            Sentence y = sentences.get((int) key);
            if (x.clause() == y.clause() || items.get(x.clause()).owner().equals(items.get(y.clause()).owner())) {
                return;
            }
            double passageScore = Shingles.jaccard(x.shingles(), y.shingles());
            if (passageScore < MIN_PASSAGE_SCORE) {
                return;
            }
            Sentence first = x.clause() < y.clause() ? x : y;
            Sentence second = first == x ? y : x;
            long pairKey = ((long) first.clause() << 32) | second.clause();
            Pair known = pairs.get(pairKey);
            double score = known != null ? known.score()
                    : Shingles.jaccard(clauseShingles[first.clause()], clauseShingles[second.clause()]);
            if (known == null || known.passage() == null || passageScore > known.passageScore()
                    || passageScore == known.passageScore() && first.text().length() > known.passage().length()) {
                pairs.put(pairKey, new Pair(first.clause(), second.clause(), score, first.text(), passageScore));
            }
        });
    }

    /** Sentences of a clause, cut after 。;!? (full-width or not). */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("。;；!！?？".indexOf(c) >= 0) {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
