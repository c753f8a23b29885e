package org.dutygraph.analysis;

import org.dutygraph.model.Department;

import java.util.List;

/**
 * One department's load in one year (GraphQL YearLoad): its roles over the documents of that year, the weighted score
 * ({@link LoadBalanceAnalysis.Weights#DEFAULT}), and how each changed from the year before on its time line.
 */
public record YearLoad(Department department, int year, List<String> documentIds, int leads, int joints, int supports,
                       double score, Integer previousYear, Double scoreChange, List<String> changes) {
}
