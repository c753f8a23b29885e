package org.dutygraph.analysis;

import org.dutygraph.similarity.Shingles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups target subjects: in the order given, each subject joins the first group (in the order groups were made) of
 * its key (kind and unit) holding a subject at least {@code threshold} alike (bigram Jaccard), else starts one.
 *
 * <p>Only groups that can hold an alike subject are looked at, by prefix filtering (Bayardo, Ma and Srikant, "Scaling
 * up all pairs similarity search", 2007): with the bigrams of every subject in one global order, rarest first, two
 * subjects at least t alike share a bigram among the first |x| − ⌈t·|x|⌉ + 1 of each. Each group is indexed by the
 * prefixes of its distinct subjects, and a subject looks only at the groups its own prefix reaches. Over the
 * 1,014-document portfolio (62,905 targets, most subjects copied by a hundred districts) indexing groups by every
 * bigram made each target look at thousands of groups through common bigrams (项目, 建设): 16 s.
 */
final class SubjectGroups {

    /** The key of an empty shingle set, alike only to another empty one: no bigram has this value. */
    private static final int NO_BIGRAM = 0xFFFF_FFFF;

    private SubjectGroups() {
    }

    /**
     * @param keys     the key of each subject (subjects of different keys never share a group)
     * @param subjects the normalized subjects ({@link Shingles#normalize})
     * @return for each subject, its group's number (groups numbered in the order they were made)
     */
    static int[] group(List<?> keys, List<String> subjects, double threshold) {
        int n = subjects.size();
        List<int[]> shingles = new ArrayList<>(n);
        Map<Integer, Integer> frequency = new HashMap<>();
        for (String s : subjects) {
            int[] set = Shingles.of(s);
            if (set.length == 0) {
                set = new int[]{NO_BIGRAM};
            }
            shingles.add(set);
            for (int g : set) {
                frequency.merge(g, 1, Integer::sum);
            }
        }
        int[] group = new int[n];
        List<Map<String, int[]>> distinct = new ArrayList<>(); // each group's distinct subjects with their bigrams
        Map<Object, Map<Integer, List<Integer>>> index = new HashMap<>(); // key → prefix bigram → groups
        for (int i = 0; i < n; i++) {
            int[] set = shingles.get(i);
            int[] prefix = prefix(set, frequency, threshold);
            Map<Integer, List<Integer>> byBigram = index.computeIfAbsent(keys.get(i), k -> new HashMap<>());
            TreeSet<Integer> candidates = new TreeSet<>();
            for (int g : prefix) {
                candidates.addAll(byBigram.getOrDefault(g, List.of()));
            }
            String subject = subjects.get(i);
            Integer home = null;
            for (int c : candidates) {
                Map<String, int[]> members = distinct.get(c);
                if (members.containsKey(subject) || members.values().stream().anyMatch(o -> alike(o, set, threshold))) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = distinct.size();
                distinct.add(new LinkedHashMap<>());
            }
            group[i] = home;
            if (distinct.get(home).putIfAbsent(subject, set) == null) {
                for (int g : prefix) {
                    List<Integer> groups = byBigram.computeIfAbsent(g, k -> new ArrayList<>());
                    if (groups.isEmpty() || groups.getLast() != home.intValue()) {
                        groups.add(home);
                    }
                }
            }
        }
        return group;
    }

    private static boolean alike(int[] a, int[] b, double threshold) {
        if (a[0] == NO_BIGRAM || b[0] == NO_BIGRAM) {
            return a[0] == b[0];
        }
        return Shingles.jaccard(a, b) >= threshold;
    }

    /** The first |x| − ⌈t·|x|⌉ + 1 bigrams of x, rarest first (ties by value). */
    private static int[] prefix(int[] set, Map<Integer, Integer> frequency, double threshold) {
        Integer[] ordered = Arrays.stream(set).boxed().toArray(Integer[]::new);
        Arrays.sort(ordered, (a, b) -> {
            int byFrequency = Integer.compare(frequency.get(a), frequency.get(b));
            return byFrequency != 0 ? byFrequency : Integer.compare(a, b);
        });
        int length = set.length - (int) Math.ceil(threshold * set.length - 1e-9) + 1;
        return Arrays.stream(ordered).limit(Math.max(1, Math.min(length, set.length))).mapToInt(Integer::intValue).toArray();
    }
}
