package org.dutygraph.lineage;

import org.dutygraph.similarity.Differences;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a copy changed of the task it derives from: the numbers (with their units) and scope words only the source
 * states ({@code before}) and only the copy states ({@code after}). A number or scope word one leaves out counts
 * too (a copy without the source's 50项 has dropped a target), and so does a scope narrowed (全市 → 主城区: 主城区
 * only the copy states). Words for the whole territory of the government that writes them (全国, 全省, 全市, 本区 …)
 * are set aside: each level saying its own territory, or saying it where the level above did not, is the same task
 * at its level (全国 → 全省, → 全市), not a change.
 */
record Change(List<String> before, List<String> after) {

    /** Scope words meaning the whole territory of the government whose document says them. */
    static final Set<String> OWN_TERRITORY = Set.of("全国", "全省", "全市", "全区", "全县", "全镇", "本省", "本市", "本区",
            "本县");

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
        differences.scopes().get(text).stream().filter(word -> !OWN_TERRITORY.contains(word)).forEach(words::add);
        return List.copyOf(words);
    }
}
