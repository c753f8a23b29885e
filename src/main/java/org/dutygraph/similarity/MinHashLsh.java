package org.dutygraph.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Candidate pairs of similar shingle sets without comparing all pairs: MinHash signatures cut into bands
 * (locality-sensitive hashing). Two sets become candidates when all rows of some band agree, which happens with
 * probability 1 − (1 − J^rows)^bands for Jaccard similarity J: an S-curve whose threshold is about
 * (1/bands)^(1/rows). Work grows with the number of sets plus the number of candidates, so it stays near linear as
 * long as unrelated texts rarely collide. The hash functions come from a fixed seed, so results are repeatable.
 */
final class MinHashLsh {

    private final int bands;
    private final int rows;
    private final long[] multipliers;
    private final long[] addends;
    private final List<Map<Long, List<Integer>>> buckets;
    private int size;

    MinHashLsh(int bands, int rows, long seed) {
        this.bands = bands;
        this.rows = rows;
        int hashes = bands * rows;
        SplittableRandom random = new SplittableRandom(seed);
        multipliers = new long[hashes];
        addends = new long[hashes];
        for (int h = 0; h < hashes; h++) {
            multipliers[h] = random.nextLong() | 1L;
            addends[h] = random.nextLong();
        }
        buckets = new ArrayList<>(bands);
        for (int b = 0; b < bands; b++) {
            buckets.add(new HashMap<>());
        }
    }

    /** Adds a set under the next index (0, 1, 2 …) and returns that index. Empty sets are indexed but never match. */
    int add(int[] shingles) {
        int index = size++;
        if (shingles.length == 0) {
            return index;
        }
        long[] signature = signature(shingles);
        for (int b = 0; b < bands; b++) {
            long key = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < rows; r++) {
                key = (key ^ signature[b * rows + r]) * 0xBF58476D1CE4E5B9L;
            }
            buckets.get(b).computeIfAbsent(key, k -> new ArrayList<>(2)).add(index);
        }
        return index;
    }

    /**
     * Every candidate pair once, as {@code (long) low << 32 | high}. A pair that shares several bands is reported
     * once per band; callers keep a set.
     */
    void candidates(LongConsumer pairs) {
        for (Map<Long, List<Integer>> band : buckets) {
            for (List<Integer> bucket : band.values()) {
                for (int i = 0; i < bucket.size(); i++) {
                    for (int j = i + 1; j < bucket.size(); j++) {
                        int a = bucket.get(i);
                        int b = bucket.get(j);
                        pairs.accept(((long) Math.min(a, b) << 32) | Math.max(a, b));
                    }
                }
            }
        }
    }

    private long[] signature(int[] shingles) {
        long[] signature = new long[multipliers.length];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        for (int shingle : shingles) {
            long x = shingle & 0xFFFFFFFFL;
            for (int h = 0; h < signature.length; h++) {
                long value = (multipliers[h] * x + addends[h]) >>> 1;
                if (value < signature[h]) {
                    signature[h] = value;
                }
            }
        }
        return signature;
    }
}
