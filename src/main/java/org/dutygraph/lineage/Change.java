package org.dutygraph.lineage;

import org.dutygraph.similarity.Differences;

import java.util.ArrayList;
import java.util.List;

/**
 * What a copy changed of the task it derives from: the numbers (with their units) and scope words only the source
 * states ({@code before}) and only the copy states ({@code after}). A number or scope word one leaves out counts
 * too (a copy without the source's 50项 has dropped a target), and so does a scope word made local (全省 → 全市),
 * which a reviewer sees in before and after.
 */
record Change(List<String> before, List<String> after) {

    /** The change from {@code source} to {@code copy}. */
    static Change between(String source, String copy) {
        Differences differences = Differences.of(List.of(source, copy));
        return new Change(only(differences, 0), only(differences, 1));
    }

    /** True when the copy states a number or scope word the source does not, or leaves out one it does. */
    boolean changed() {
        return !before.isEmpty() || !after.isEmpty();
    }

    private static List<String> only(Differences differences, int text) {
        List<String> words = new ArrayList<>(differences.numbers().get(text));
        words.addAll(differences.scopes().get(text));
        return List.copyOf(words);
    }
}
