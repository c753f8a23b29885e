package org.dutygraph.bench;

import org.dutygraph.similarity.Shingles;
import org.dutygraph.similarity.SimilarityFinder;
import org.dutygraph.similarity.SimilarityFinder.Item;
import org.dutygraph.similarity.SimilarityFinder.Pair;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What the benchmark's timings stand on, one size at a time: whether {@link SimilarityFinder} finds the pairs
 * {@link ClauseCorpus} injected (recall), how many pairs it reports, how many LSH candidates it had to score, and
 * how alike unrelated clauses are (generated and seed, side by side). Not a JMH benchmark; run it with
 * {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=org.dutygraph.bench.DuplicateRecall -Dbench.args=10000}
 * (see benchmarks/duplicate-detection.md). Candidate counts come from {@link SimilarityFinder#search}; the band
 * shapes are copied below for the probability estimates.
 *
 * <p>Usage: {@code DuplicateRecall [size ...]} (default 1000 10000 100000).
 */
public final class DuplicateRecall {

    /** LSH shapes SimilarityFinder uses (bands, rows): whole clauses, then sentences. Keep in step with it. */
    static final int CLAUSE_BANDS = 32;
    static final int CLAUSE_ROWS = 4;
    static final int SENTENCE_BANDS = 24;
    static final int SENTENCE_ROWS = 5;

    private DuplicateRecall() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[]{1_000, 10_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        printSimilarity("seed (123 clauses, all pairs of different owners)", ClauseCorpus.seedClauses(), Set.of(), 0);
        for (int size : sizes) {
            report(size);
        }
    }

    /** Recall of the injected pairs in SimilarityFinder's answer. */
    public record Recall(int nearDuplicates, int nearDuplicatesFound, int sharedSentences, int sharedSentencesFound,
                         int pairs, int otherPairs) {
        double nearDuplicateRecall() {
            return nearDuplicates == 0 ? 1 : (double) nearDuplicatesFound / nearDuplicates;
        }

        double sharedSentenceRecall() {
            return sharedSentences == 0 ? 1 : (double) sharedSentencesFound / sharedSentences;
        }

        @Override
        public String toString() {
            return String.format("near-duplicates %d/%d (%.1f%%), shared sentences %d/%d (%.1f%%), pairs %d (%d not injected)",
                    nearDuplicatesFound, nearDuplicates, 100 * nearDuplicateRecall(), sharedSentencesFound,
                    sharedSentences, 100 * sharedSentenceRecall(), pairs, otherPairs);
        }
    }

    public static Recall recall(ClauseCorpus.Corpus corpus, List<Pair> pairs) {
        Set<Long> found = new HashSet<>();
        Set<Long> withPassage = new HashSet<>();
        for (Pair p : pairs) {
            found.add(key(p.first(), p.second()));
            if (p.passage() != null) {
                withPassage.add(key(p.first(), p.second()));
            }
        }
        int nd = 0, ndFound = 0, ss = 0, ssFound = 0;
        Set<Long> injected = new HashSet<>();
        for (ClauseCorpus.Injected i : corpus.injected()) {
            long k = key(i.original(), i.copy());
            injected.add(k);
            if (i.kind() == ClauseCorpus.Kind.NEAR_DUPLICATE) {
                nd++;
                ndFound += found.contains(k) ? 1 : 0;
            } else {
                ss++;
                ssFound += withPassage.contains(k) ? 1 : 0;
            }
        }
        int other = (int) found.stream().filter(k -> !injected.contains(k)).count();
        return new Recall(nd, ndFound, ss, ssFound, pairs.size(), other);
    }

    private static void report(int size) throws Exception {
        System.out.printf("%n=== %,d clauses ===%n", size);
        long t0 = System.nanoTime();
        ClauseCorpus.Corpus corpus = ClauseCorpus.generate(size);
        long t1 = System.nanoTime();
        System.out.printf("generated in %.1f s; lengths: %s%n", (t1 - t0) / 1e9, lengths(corpus.items()));

        System.gc();
        resetPeaks();
        long t2 = System.nanoTime();
        List<Pair> pairs = SimilarityFinder.find(corpus.items());
        long t3 = System.nanoTime();
        System.out.printf("find: %.2f s (one cold run), peak heap after a GC before the run: %,d MiB%n",
                (t3 - t2) / 1e9, peakHeap() >> 20);
        System.out.println("recall: " + recall(corpus, pairs));
        missed(corpus, pairs);
        others(corpus, pairs);

        Set<Long> injected = new HashSet<>();
        corpus.injected().forEach(i -> injected.add(key(i.original(), i.copy())));
        printSimilarity("generated, random pairs of different owners, not injected", corpus.items(), injected, size);
        candidates(corpus.items());
    }

    /** The injected near-duplicates' own similarity, and that of those the finder missed: generator or LSH? */
    private static void missed(ClauseCorpus.Corpus corpus, List<Pair> pairs) {
        Set<Long> found = new HashSet<>();
        pairs.forEach(p -> found.add(key(p.first(), p.second())));
        List<Double> all = new ArrayList<>();
        List<Double> missed = new ArrayList<>();
        for (ClauseCorpus.Injected i : corpus.injected()) {
            if (i.kind() == ClauseCorpus.Kind.NEAR_DUPLICATE) {
                double j = Shingles.jaccard(Shingles.of(SimilarityFinder.comparable(corpus.items().get(i.original()).text())),
                        Shingles.of(SimilarityFinder.comparable(corpus.items().get(i.copy()).text())));
                all.add(j);
                if (!found.contains(key(i.original(), i.copy()))) {
                    missed.add(j);
                }
            }
        }
        double[] js = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long below = all.stream().filter(j -> j < SimilarityFinder.MIN_SCORE).count();
        System.out.printf("injected near-duplicates: Jaccard min %.2f, p10 %.2f, median %.2f; %d below %.1f;"
                        + " missed ones: %s%n", js[0], q(js, .1), q(js, .5), below, SimilarityFinder.MIN_SCORE,
                missed.stream().sorted().map(j -> String.format("%.2f", j)).toList());
    }

    /**
     * The pairs found that were not injected: implied by injection (two copies of one original), else by chance,
     * through the whole clause (score >= MIN_SCORE) or only through a shared passage.
     */
    private static void others(ClauseCorpus.Corpus corpus, List<Pair> pairs) {
        java.util.Map<Integer, Integer> originOf = new java.util.HashMap<>();
        Set<Long> injected = new HashSet<>();
        for (ClauseCorpus.Injected i : corpus.injected()) {
            originOf.put(i.copy(), i.original());
            injected.add(key(i.original(), i.copy()));
        }
        int implied = 0, wholeClause = 0, passageOnly = 0;
        List<String> examples = new ArrayList<>();
        for (Pair p : pairs) {
            if (injected.contains(key(p.first(), p.second()))) {
                continue;
            }
            int a = originOf.getOrDefault(p.first(), p.first());
            int b = originOf.getOrDefault(p.second(), p.second());
            if (a == b) {
                implied++;
            } else if (p.score() >= SimilarityFinder.MIN_SCORE) {
                wholeClause++;
            } else {
                passageOnly++;
                if (examples.size() < 3) {
                    examples.add(String.format("%.2f '%s'", p.passageScore(), p.passage()));
                }
            }
        }
        System.out.printf("pairs not injected: %d implied by injection (two copies of one original),"
                + " %d by chance on the whole clause, %d by chance on a passage only, e.g. %s%n",
                implied, wholeClause, passageOnly, examples);
        int chance = wholeClause + passageOnly;
        System.out.printf("precision: %d of %d pairs are injected or implied by injection = %.4f"
                + " (whole-clause pairs only: %.4f)%n", pairs.size() - chance, pairs.size(),
                pairs.isEmpty() ? 1.0 : (double) (pairs.size() - chance) / pairs.size(),
                pairs.stream().filter(p -> p.score() >= SimilarityFinder.MIN_SCORE).count() == 0 ? 1.0
                        : 1.0 - (double) wholeClause / pairs.stream().filter(p -> p.score() >= SimilarityFinder.MIN_SCORE).count());
    }

    // ---- similarity of unrelated clauses, and what LSH makes of it ----

    private static void printSimilarity(String label, List<Item> items, Set<Long> exclude, int sizeForPrediction) {
        int[][] grams = items.stream().map(i -> Shingles.of(SimilarityFinder.comparable(i.text()))).toArray(int[][]::new);
        double[] js;
        if (items.size() <= 500) {
            List<Double> all = new ArrayList<>();
            for (int a = 0; a < items.size(); a++) {
                for (int b = a + 1; b < items.size(); b++) {
                    if (!items.get(a).owner().equals(items.get(b).owner())) {
                        all.add(Shingles.jaccard(grams[a], grams[b]));
                    }
                }
            }
            js = all.stream().mapToDouble(Double::doubleValue).toArray();
        } else {
            SplittableRandom random = new SplittableRandom(7);
            List<Double> sample = new ArrayList<>();
            while (sample.size() < 200_000) {
                int a = random.nextInt(items.size());
                int b = random.nextInt(items.size());
                if (a != b && !items.get(a).owner().equals(items.get(b).owner())
                        && !exclude.contains(key(Math.min(a, b), Math.max(a, b)))) {
                    sample.add(Shingles.jaccard(grams[a], grams[b]));
                }
            }
            js = sample.stream().mapToDouble(Double::doubleValue).toArray();
        }
        Arrays.sort(js);
        double p = 0;
        long over = 0;
        for (double j : js) {
            p += 1 - Math.pow(1 - Math.pow(j, CLAUSE_ROWS), CLAUSE_BANDS);
            over += j >= SimilarityFinder.MIN_SCORE ? 1 : 0;
        }
        p /= js.length;
        System.out.printf("bigram Jaccard, %s (%,d pairs): mean %.3f, p50 %.3f, p90 %.3f, p99 %.3f, p99.9 %.3f, max %.3f;"
                        + " share >= %.1f: %.5f%%; mean P(candidate at %dx%d) = %.2e%n",
                label, js.length, Arrays.stream(js).average().orElse(0), q(js, .5), q(js, .9), q(js, .99), q(js, .999),
                js[js.length - 1], SimilarityFinder.MIN_SCORE, 100.0 * over / js.length, CLAUSE_BANDS, CLAUSE_ROWS, p);
        if (sizeForPrediction > 0) {
            double pairs = sizeForPrediction * (sizeForPrediction - 1.0) / 2;
            System.out.printf("  => expected clause candidates from unrelated pairs: %,.0f (n^2/2 x %.2e)%n", pairs * p, p);
        }
    }

    /** Distinct LSH candidate pairs of whole clauses and of sentences, as SimilarityFinder reports them. */
    private static void candidates(List<Item> items) {
        SimilarityFinder.Search search = SimilarityFinder.search(items);
        System.out.printf("clause LSH %dx%d: %,d distinct candidate pairs (%.2f per clause); sentence LSH %dx%d: %,d; "
                        + "%,d common bigrams left out of signatures%n", CLAUSE_BANDS, CLAUSE_ROWS, search.clauseCandidates(),
                (double) search.clauseCandidates() / items.size(), SENTENCE_BANDS, SENTENCE_ROWS, search.sentenceCandidates(),
                search.commonBigrams());
    }

    // ---- helpers ----

    static long key(int a, int b) {
        return ((long) a << 32) | b;
    }

    private static double q(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))];
    }

    private static String lengths(List<Item> items) {
        int[] l = items.stream().mapToInt(i -> i.text().length()).sorted().toArray();
        return String.format("p10 %d, median %d, p90 %d, max %d", l[l.length / 10], l[l.length / 2], l[9 * l.length / 10], l[l.length - 1]);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap in use (pools peak at different times). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
