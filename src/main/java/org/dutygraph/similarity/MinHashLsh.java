package org.dutygraph.similarity;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Candidate pairs of similar shingle sets without comparing all pairs: MinHash signatures cut into bands
 * (locality-sensitive hashing). Two sets become candidates when all rows of some band agree, which happens with
 * probability 1 − (1 − J^rows)^bands for Jaccard similarity J: an S-curve whose threshold is about
 * (1/bands)^(1/rows). Work grows with the number of sets plus the number of candidates, so it stays near linear as
 * long as unrelated texts rarely collide. The hash functions come from a fixed seed, so results are repeatable.
 *
 * <p>Band keys are kept as primitive ints, one array per band; candidates come from sorting each band's
 * (key, index) pairs packed into longs and reading runs of equal keys. A 32-bit key can collide by chance; such a
 * pair is one more candidate, which the caller's exact score then drops.
 *
 * <p>A band bucket holding more than {@value #LARGE_BUCKET} sets (hundreds of clauses written from one template)
 * would make every pair of them a candidate, work growing with the square of the input; there each set is paired
 * with the {@value #WINDOW} sets that follow it in the bucket instead. The bucket's sets then stay linked in a chain (a
 * duplicate group still holds them all), and the work stays linear. Buckets of real documents are far smaller, and
 * for them nothing changes.
 */
final class MinHashLsh {

    /** Largest bucket whose sets are all paired with each other. */
    static final int LARGE_BUCKET = 64;
    /** Sets one set is paired with in a larger bucket: those that follow it. */
    static final int WINDOW = 8;

    private final int bands;
    private final int rows;
    private final long[] multipliers;
    private final long[] addends;
    private int[][] keys;
    private boolean[] empty;
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
        keys = new int[bands][16];
        empty = new boolean[16];
    }

    /** Adds a set under the next index (0, 1, 2 …) and returns that index. Empty sets are indexed but never match. */
    int add(int[] shingles) {
        int index = size++;
        if (index == empty.length) {
            empty = Arrays.copyOf(empty, index * 2);
            for (int b = 0; b < bands; b++) {
                keys[b] = Arrays.copyOf(keys[b], index * 2);
            }
        }
        if (shingles.length == 0) {
            empty[index] = true;
            return index;
        }
        long[] signature = signature(shingles);
        for (int b = 0; b < bands; b++) {
            long key = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < rows; r++) {
                key = (key ^ signature[b * rows + r]) * 0xBF58476D1CE4E5B9L;
            }
            keys[b][index] = (int) (key ^ (key >>> 32));
        }
        return index;
    }

    /**
     * Every candidate pair as {@code (long) low << 32 | high}; a pair that shares several bands is reported once per
     * band, so callers remove duplicates.
     */
    void candidates(LongConsumer pairs) {
        long[] packed = new long[size];
        for (int b = 0; b < bands; b++) {
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (!empty[i]) {
                    packed[n++] = ((long) keys[b][i] << 32) | i;
                }
            }
            Arrays.sort(packed, 0, n);
            int start = 0;
            for (int i = 1; i <= n; i++) {
                if (i == n || (int) (packed[i] >>> 32) != (int) (packed[start] >>> 32)) {
                    int span = i - start > LARGE_BUCKET ? WINDOW : LARGE_BUCKET;
                    for (int x = start; x < i; x++) {
                        for (int y = x + 1; y < Math.min(i, x + 1 + span); y++) {
                            long a = packed[x] & 0xFFFFFFFFL;
                            long c = packed[y] & 0xFFFFFFFFL;
                            pairs.accept((Math.min(a, c) << 32) | Math.max(a, c));
                        }
                    }
                    start = i;
                }
            }
        }
    }

    private long[] signature(int[] shingles) {
        long[] signature = new long[multipliers.length];
        Arrays.fill(signature, Long.MAX_VALUE);
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
