package org.dutygraph.department;

import org.dutygraph.parser.DepartmentDirectory;

import java.util.Comparator;
import java.util.List;

/**
 * The known names nearest to an unknown one: first names of the same line of work by the parser's stem table
 * (环保局 → 钟楼生态环境局), then names that contain it or that it contains (工信 → 区工信局), then by edit
 * distance. At most three, and none further than half the longer name away unless they share the line of work.
 */
final class NameSuggestions {

    private NameSuggestions() {
    }

    /**
     * @param known every name and alias, each mapped to its department's canonical name
     * @return canonical names, nearest first
     */
    static List<String> nearest(String wanted, java.util.Map<String, String> known) {
        return nearestForms(wanted, List.copyOf(known.keySet())).stream().map(known::get).distinct().limit(3).toList();
    }

    static List<String> nearestForms(String wanted, List<String> known) {
        java.util.Set<String> work = DepartmentDirectory.workOf(wanted);
        java.util.function.Predicate<String> sameWork = name -> !work.isEmpty() && DepartmentDirectory.workOf(name).containsAll(work);
        return known.stream().distinct()
                .filter(name -> sameWork.test(name) || contains(name, wanted)
                        || distance(name, wanted) <= Math.max(name.length(), wanted.length()) / 2)
                .sorted(Comparator.comparing((String name) -> !sameWork.test(name))
                        .thenComparing(name -> !contains(name, wanted))
                        .thenComparingInt(name -> distance(name, wanted))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static boolean contains(String a, String b) {
        return a.contains(b) || b.contains(a);
    }

    /** Levenshtein distance over chars. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
