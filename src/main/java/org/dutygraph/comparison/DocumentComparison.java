package org.dutygraph.comparison;

import org.dutygraph.model.Document;
import org.dutygraph.model.Task;

import java.util.List;

/**
 * What changed from one document to another, or from one selection of documents to another (GraphQL
 * DocumentComparison): {@code before} and {@code after} are the documents of each side.
 */
public record DocumentComparison(List<Document> before, List<Document> after, List<Task> added, List<Task> removed,
                                 List<TaskChange> carriedOver, List<LoadChange> loadChanges) {

    /** The earlier (or parent) document: the first of {@code before}. */
    public Document a() {
        return before.getFirst();
    }

    /** The later (or derived) document: the first of {@code after}. */
    public Document b() {
        return after.getFirst();
    }

    /** A task of a matched to a task of b (GraphQL TaskChange). */
    public record TaskChange(Task before, Task after, double similarity, boolean changed, List<String> numbers,
                             List<String> deadlines, List<String> roles) {
    }

    /** One department's load in a and in b (GraphQL LoadChange). */
    public record LoadChange(String department, double before, double after, double delta) {
    }
}
