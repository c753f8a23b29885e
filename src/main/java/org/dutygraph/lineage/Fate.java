package org.dutygraph.lineage;

import java.util.List;

/** What became of a task in a document below its own: carried as it was, carried with changes, or dropped. */
enum Fate {
    /** A task of the document below derives from it with the same numbers and scope words. */
    CARRIED,
    /** Tasks of the document below derive from it, each with a number or scope word changed ({@link Change}). */
    CHANGED,
    /** No task of the document below derives from it, directly or through the documents between. */
    DROPPED;

    /** The fate of the task {@code source} whose copies in one document below are {@code copies}. */
    static Fate of(String source, List<String> copies) {
        if (copies.isEmpty()) {
            return DROPPED;
        }
        return copies.stream().anyMatch(copy -> !Change.between(source, copy).changed()) ? CARRIED : CHANGED;
    }
}
