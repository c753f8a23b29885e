package org.dutygraph.comparison;

import org.dutygraph.similarity.SimilarityFinder;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL: comparing two documents. */
@Controller
class ComparisonController {

    private final ComparisonService comparisons;

    ComparisonController(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @QueryMapping
    DocumentComparison compareDocuments(@Argument String a, @Argument String b, @Argument Double minSimilarity) {
        double min = minSimilarity == null ? 0.5 : minSimilarity;
        if (min < SimilarityFinder.MIN_SCORE || min > 1) {
            throw new IllegalArgumentException("minSimilarity must be between 0.3 and 1, was " + min);
        }
        return comparisons.compare(a, b, min);
    }
}
