package org.dutygraph.genre;

import java.util.ArrayList;
import java.util.List;

/** Cuts task text into sentences (the unit a role governs) and masks the parts of it no rule should read. */
public final class Sentences {

    private Sentences() {
    }

    /**
     * Sentence spans [start, end) of {@code folded}: a sentence ends after 。 ; ! ? (and their full-width forms,
     * already folded) that stand outside brackets, 《》 and quotes. Every char belongs to exactly one span.
     */
    public static List<int[]> split(String folded) {
        List<int[]> spans = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
                case '(', '《', '“', '「', '[', '【', '〔' -> depth++;
                case ')', '》', '”', '」', ']', '】', '〕' -> depth = Math.max(0, depth - 1);
                case '。', ';', '!', '?' -> {
                    if (depth == 0) {
                        spans.add(new int[]{start, i + 1});
                        start = i + 1;
                    }
                }
                default -> {
                }
            }
        }
        if (start < folded.length()) {
            spans.add(new int[]{start, folded.length()});
        }
        return spans;
    }

    /**
     * The sentences of a text as written (full-width or ASCII punctuation), by {@link #split} of its folded form: a
     * sentence ends after 。；！？ outside brackets, 《》 and quotes.
     */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (int[] span : split(Characters.fold(text))) {
            out.add(text.substring(span[0], span[1]));
        }
        return out;
    }

    /**
     * Replaces the inside of 《…》 titles (names of plans and rules, which name departments and numbers that are not
     * this clause's) and standard codes (GB/T38597-2020) with '＿', keeping every position.
     */
    public static String mask(String folded) {
        char[] chars = folded.toCharArray();
        int open = -1;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '《') {
                open = i;
            } else if (chars[i] == '》' && open >= 0) {
                for (int j = open + 1; j < i; j++) {
                    chars[j] = '＿';
                }
                open = -1;
            }
        }
        if (!mayHoldCode(folded)) {
            return new String(chars);
        }
        java.util.regex.Matcher code = STANDARD_CODE.matcher(new String(chars));
        while (code.find()) {
            for (int j = code.start(); j < code.end(); j++) {
                chars[j] = '＿';
            }
        }
        return new String(chars);
    }

    /** Every code holds GB, HJ or DB, a 〔 or [ (a document number), or a - (a year span): text without any has none. */
    private static boolean mayHoldCode(String folded) {
        return folded.contains("GB") || folded.contains("HJ") || folded.contains("DB") || folded.indexOf('〔') >= 0
                || folded.indexOf('[') >= 0 || folded.indexOf('-') >= 0;
    }

    private static final java.util.regex.Pattern STANDARD_CODE = java.util.regex.Pattern.compile(
            "(GB|HJ|DB|GB/T|HJ/T|DB\\d{2})\\s*/?\\s*T?\\s*[\\d.]+(-\\d{4})?|[\\u4e00-\\u9fa5]{1,6}[〔\\[]\\d{4}[〕\\]]\\d+号|\\d{4}\\s*-\\s*\\d{4}\\s*年?");
}
