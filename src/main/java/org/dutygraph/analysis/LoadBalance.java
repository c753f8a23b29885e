package org.dutygraph.analysis;

import org.dutygraph.model.Department;

import java.util.List;

/**
 * How the work of one or more documents is spread over their departments (GraphQL LoadBalance); {@code documentIds}
 * are the documents covered, the most recently imported first when a scope selected them.
 */
public record LoadBalance(List<String> documentIds, double lead, double joint, double support,
                          boolean includeBoilerplate, List<DepartmentLoad> departments, double mean, double median,
                          double standardDeviation, double coefficientOfVariation, double gini, Double maxMinRatio,
                          String rule) {

    /** One department's load (GraphQL DepartmentLoad), summed over the documents, with each document's share. */
    public record DepartmentLoad(Department department, int leads, int joints, int supports, int targets, int deadlines,
                                 int boilerplateSkipped, double score, Double relativeToMedian, Flag flag,
                                 String explanation, List<DocumentLoad> documents) {
    }

    /** A department's roles in one of the documents covered (GraphQL DocumentLoad). */
    public record DocumentLoad(String documentId, int leads, int joints, int supports, double score) {
    }

    public enum Flag { OVERLOADED, BALANCED, UNDERLOADED, EXTERNAL }
}
