package org.dutygraph.comparison;

import org.dutygraph.model.Document;
import org.dutygraph.model.Task;

import java.util.List;

/** What changed from one document to another (GraphQL DocumentComparison). */
public record DocumentComparison(Document a, Document b, List<Task> added, List<Task> removed, List<TaskChange> carriedOver,
                                 List<LoadChange> loadChanges) {

    /** A task of a matched to a task of b (GraphQL TaskChange). */
    public record TaskChange(Task before, Task after, double similarity, boolean changed, List<String> numbers,
                             List<String> deadlines, List<String> roles) {
    }

    /** One department's load in a and in b (GraphQL LoadChange). */
    public record LoadChange(String department, double before, double after, double delta) {
    }
}
