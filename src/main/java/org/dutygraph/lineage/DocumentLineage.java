package org.dutygraph.lineage;

import org.dutygraph.model.Document;
import org.dutygraph.model.Task;

import java.util.List;

/**
 * What a document below one document made of its tasks: which it carried as they were, which it carried with a
 * changed number or scope word, and which it dropped (here or in a document between). {@code distance} counts the
 * levels between them (1 for a document that derives from it directly).
 */
record DocumentLineage(Document document, int distance, List<Task> carried, List<Task> changed, List<Task> dropped) {

    public int carriedCount() {
        return carried.size();
    }

    public int changedCount() {
        return changed.size();
    }

    public int droppedCount() {
        return dropped.size();
    }
}
