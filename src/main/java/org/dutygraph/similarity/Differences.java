package org.dutygraph.similarity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dutygraph.genre.RoleWords;
import org.dutygraph.genre.ScopeWords;

/**
 * What differs between texts that say nearly the same thing: numbers (with their unit), territorial scope words and
 * role words. For each text, the values it holds that not every other text holds. Numbers and scope words that
 * differ are inconsistencies a reviewer must settle (30个 vs 31个, 全区 vs 全市); role words usually differ by design
 * (会同 in one department's clause, 配合 in its partner's) and are reported, not flagged.
 */
public record Differences(List<Set<String>> numbers, List<Set<String>> scopes, List<Set<String>> roleWords) {

    private static final Pattern NUMBER = Pattern.compile(
            "\\d+(?:\\.\\d+)?\\s*(?:万|亿)?(?:%|个|家|项|次|条|亩|台|辆|所|处|座|吨|公里|平方米|平米|米|户|人|套|年|月|季度|倍)?");
    private static final Pattern SCOPE = ScopeWords.ANY_PATTERN;
    private static final Pattern ROLE = RoleWords.RUNNING_TEXT_PATTERN;

    private static final Pattern CHINESE_COUNT = Pattern.compile("([一二两三四五六七八九十])(?=次|个|家|项|条|轮|所)");

    public static Differences of(List<String> texts) {
        List<String> arabic = texts.stream().map(Differences::arabicCounts).toList();
        return new Differences(differing(arabic, NUMBER), differing(texts, SCOPE), differing(texts, ROLE));
    }

    /**
     * True when two texts state different numbers or scope words. A text that states none (噪声 clauses that leave
     * out the 20% target) differs, but does not contradict: that is listed, not flagged.
     */
    public boolean inconsistent() {
        return conflicting(numbers) || conflicting(scopes);
    }

    private static boolean conflicting(List<Set<String>> only) {
        return only.stream().filter(s -> !s.isEmpty()).distinct().count() > 1;
    }

    /** 一次 → 1次, so 每月开展一次 and 每月开展1次 agree. */
    private static String arabicCounts(String text) {
        Matcher m = CHINESE_COUNT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digit = m.group(1);
            int value = digit.equals("十") ? 10 : digit.equals("两") ? 2 : "一二三四五六七八九".indexOf(digit) + 1;
            m.appendReplacement(out, String.valueOf(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<Set<String>> differing(List<String> texts, Pattern pattern) {
        List<Set<String>> found = new ArrayList<>();
        for (String text : texts) {
            Set<String> values = new LinkedHashSet<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                values.add(m.group().replace(" ", ""));
            }
            found.add(values);
        }
        Set<String> common = new LinkedHashSet<>(found.isEmpty() ? Set.of() : found.getFirst());
        found.forEach(common::retainAll);
        List<Set<String>> only = new ArrayList<>();
        for (Set<String> values : found) {
            Set<String> own = new LinkedHashSet<>(values);
            own.removeAll(common);
            only.add(own);
        }
        return only;
    }

    /** The longest run of characters two texts share, as the first writes it (a shared passage of near-identical clauses). */
    public static String longestCommonPassage(String a, String b) {
        int best = 0;
        int end = 0;
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1 : 0;
                if (current[j] > best) {
                    best = current[j];
                    end = i;
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
            java.util.Arrays.fill(current, 0);
        }
        return a.substring(end - best, end);
    }
}
