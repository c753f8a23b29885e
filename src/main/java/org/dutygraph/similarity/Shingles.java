package org.dutygraph.similarity;

import java.util.Arrays;

/**
 * Character bigrams of a text as sorted, distinct ints. Chinese needs no word segmentation for this: two adjacent
 * characters are packed into one int (both are UTF-16 units), so a shingle is exact, never a hash collision.
 * Punctuation, symbols and spaces are dropped first, so 会同工信部门, and 会同工信部门。 are the same text.
 */
public final class Shingles {

    private Shingles() {
    }

    /** The text with punctuation, symbols and white space removed. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean punctuation = type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                    || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL
                    || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL
                    || type == Character.OTHER_SYMBOL;
            if (!punctuation && !Character.isWhitespace(c) && c != '\u3000') {
                out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
            }
        }
        return out.toString();
    }

    /** Sorted distinct bigrams of an already normalized text. */
    public static int[] of(String normalized) {
        if (normalized.length() < 2) {
            return normalized.isEmpty() ? new int[0] : new int[]{normalized.charAt(0) << 16};
        }
        int[] grams = new int[normalized.length() - 1];
        for (int i = 0; i + 1 < normalized.length(); i++) {
            grams[i] = (normalized.charAt(i) << 16) | normalized.charAt(i + 1);
        }
        Arrays.sort(grams);
        int distinct = 0;
        for (int i = 0; i < grams.length; i++) {
            if (i == 0 || grams[i] != grams[i - 1]) {
                grams[distinct++] = grams[i];
            }
        }
        return Arrays.copyOf(grams, distinct);
    }

    /** Jaccard similarity of two sorted distinct shingle sets. */
    public static double jaccard(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int shared = intersection(a, b);
        return (double) shared / (a.length + b.length - shared);
    }

    /** How many values two sorted distinct shingle sets share. */
    public static int intersection(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }
}
