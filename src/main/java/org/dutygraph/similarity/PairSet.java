package org.dutygraph.similarity;

import java.util.Arrays;
import java.util.function.LongConsumer;

/** Distinct pair keys ({@code low << 32 | high}) collected as primitives: appended, then sorted and made unique. */
final class PairSet implements LongConsumer {

    private long[] keys = new long[64];
    private int size;

    @Override
    public void accept(long key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = key;
    }

    /** The distinct keys, sorted. */
    long[] distinct() {
        long[] sorted = Arrays.copyOf(keys, size);
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
