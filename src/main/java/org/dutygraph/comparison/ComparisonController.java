package org.dutygraph.comparison;

import org.dutygraph.analysis.AnalysisScope;
import org.dutygraph.cypher.ReadTransactions;
import org.dutygraph.portfolio.Scope;
import org.dutygraph.similarity.SimilarityFinder;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL: comparing two documents, or two selections of documents, in one read transaction. */
@Controller
class ComparisonController {

    private final ComparisonService comparisons;
    private final AnalysisScope covered;
    private final ReadTransactions reads;

    ComparisonController(ComparisonService comparisons, AnalysisScope covered, ReadTransactions reads) {
        this.comparisons = comparisons;
        this.covered = covered;
        this.reads = reads;
    }

    @QueryMapping
    DocumentComparison compareDocuments(@Argument String a, @Argument String b, @Argument Scope before,
                                        @Argument Scope after, @Argument Double minSimilarity) {
        double min = minSimilarity == null ? 0.5 : minSimilarity;
        if (min < SimilarityFinder.MIN_SCORE || min > 1) {
            throw new IllegalArgumentException("minSimilarity must be between 0.3 and 1, was " + min);
        }
        if ((a == null) == (before == null) || (b == null) == (after == null)) {
            throw new IllegalArgumentException("compare a with b (two document ids) or before with after (two scopes): "
                    + "give one of a and before, and one of b and after");
        }
        return reads.read(() -> comparisons.compare(covered.documentIds(a, before), covered.documentIds(b, after), min));
    }
}
