package org.dutygraph.analysis;

import org.dutygraph.model.Task;

import java.util.List;

/** Clauses of different departments that describe the same work (GraphQL DuplicateGroup). */
public record DuplicateGroup(String id, Kind kind, double similarity, String sharedPassage, List<Task> tasks,
                             List<SimilarPair> pairs, List<Difference> differences, boolean inconsistent,
                             List<String> inconsistencies) {

    public enum Kind { NEAR_IDENTICAL, SHARED_PASSAGE }

    /** Two similar clauses (GraphQL SimilarPair). */
    public record SimilarPair(Task first, Task second, double similarity, String passage, double passageSimilarity) {
    }

    /** Values one clause has that not all the others of its group have (GraphQL Difference). */
    public record Difference(Task task, DifferenceKind kind, List<String> values) {
    }

    public enum DifferenceKind { NUMBER, SCOPE, ROLE_WORD }
}
