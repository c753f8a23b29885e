package org.dutygraph.lineage;

import org.dutygraph.model.Task;

import java.util.List;

/**
 * One step of a task's lineage: {@code task} derives from {@code derivedFrom} (a task of a document one level up)
 * with this similarity; {@code distance} counts the steps from the task asked about (1 for its own parent or copy).
 * {@code before} and {@code after} are the numbers and scope words only the source and only the copy state.
 */
record Derivation(Task task, Task derivedFrom, double similarity, int distance, boolean changed, List<String> before,
                  List<String> after) {

    static Derivation of(Task task, Task derivedFrom, double similarity, int distance) {
        Change change = Change.between(derivedFrom.text(), task.text());
        return new Derivation(task, derivedFrom, similarity, distance, change.changed(), change.before(), change.after());
    }
}
