package org.dutygraph.analysis;

import org.dutygraph.model.Department;

import java.util.List;

/** How a document's work is spread over its departments (GraphQL LoadBalance). */
public record LoadBalance(String documentId, double lead, double joint, double support, boolean includeBoilerplate,
                          List<DepartmentLoad> departments, double mean, double median, double standardDeviation,
                          double coefficientOfVariation, double gini, Double maxMinRatio, String rule) {

    /** One department's load (GraphQL DepartmentLoad). */
    public record DepartmentLoad(Department department, int leads, int joints, int supports, int targets, int deadlines,
                                 int boilerplateSkipped, double score, Double relativeToMedian, Flag flag,
                                 String explanation) {
    }

    public enum Flag { OVERLOADED, BALANCED, UNDERLOADED, EXTERNAL }
}
