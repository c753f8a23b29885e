package org.dutygraph.analysis;

import org.dutygraph.cypher.ReadTransactions;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.dutygraph.model.Document;
import org.dutygraph.model.DocumentRepository;
import org.springframework.stereotype.Controller;

import java.util.List;

/**
 * GraphQL: the six analyses. Each covers the document asked for, or the most recently imported one, and reads in one
 * read transaction: which document, then its analysis.
 */
@Controller
class AnalysisController {

    /** GraphQL input RoleWeights; the schema supplies the defaults of missing fields. */
    record RoleWeights(Double lead, Double joint, Double support) {
    }

    private final AnalysisScope scope;
    private final ReadTransactions reads;
    private final DocumentRepository documents;
    private final LoadBalanceAnalysis loadBalance;
    private final BottleneckAnalysis bottlenecks;
    private final DuplicateAnalysis duplicates;
    private final OverlapAnalysis overlap;
    private final SharedTargetAnalysis sharedTargets;
    private final CommitmentAnalysis commitments;

    AnalysisController(AnalysisScope scope, LoadBalanceAnalysis loadBalance, BottleneckAnalysis bottlenecks,
                       DuplicateAnalysis duplicates, OverlapAnalysis overlap, SharedTargetAnalysis sharedTargets,
                       CommitmentAnalysis commitments, DocumentRepository documents,
                       ReadTransactions reads) {
        this.reads = reads;
        this.documents = documents;
        this.scope = scope;
        this.loadBalance = loadBalance;
        this.bottlenecks = bottlenecks;
        this.duplicates = duplicates;
        this.overlap = overlap;
        this.sharedTargets = sharedTargets;
        this.commitments = commitments;
    }

    @QueryMapping
    LoadBalance loadBalance(@Argument String documentId, @Argument RoleWeights weights, @Argument Boolean includeBoilerplate) {
        LoadBalanceAnalysis.Weights w = weights == null ? LoadBalanceAnalysis.Weights.DEFAULT
                : new LoadBalanceAnalysis.Weights(orDefault(weights.lead(), 1.0), orDefault(weights.joint(), 0.5),
                orDefault(weights.support(), 0.5));
        return reads.read(() -> loadBalance.analyse(scope.documentId(documentId), w, Boolean.TRUE.equals(includeBoilerplate)));
    }

    /** The analysed document, fetched only when a client asks for it (it counts the document's contents). */
    @SchemaMapping(typeName = "LoadBalance", field = "document")
    Document document(LoadBalance balance) {
        return documents.byId(balance.documentId()).orElseThrow();
    }

    @QueryMapping
    List<Bottleneck> bottlenecks(@Argument String documentId, @Argument Integer limit) {
        return reads.read(() -> bottlenecks.analyse(scope.documentId(documentId), limit == null ? 10 : limit));
    }

    @QueryMapping
    List<DuplicateGroup> duplicateTasks(@Argument String documentId, @Argument Double minSimilarity,
                                        @Argument Boolean includeBoilerplate) {
        double min = minSimilarity == null ? 0.5 : minSimilarity;
        if (min < 0 || min > 1) {
            throw new IllegalArgumentException("minSimilarity must be between 0 and 1, was " + min);
        }
        return reads.read(() -> duplicates.analyse(scope.documentId(documentId), min, Boolean.TRUE.equals(includeBoilerplate)));
    }

    @QueryMapping
    Overlap overlap(@Argument String departmentA, @Argument String departmentB, @Argument String documentId) {
        return reads.read(() -> overlap.analyse(scope.documentId(documentId), departmentA, departmentB));
    }

    @QueryMapping
    List<SharedTarget> sharedTargets(@Argument String documentId) {
        return reads.read(() -> sharedTargets.analyse(scope.documentId(documentId)));
    }

    @QueryMapping
    List<Commitment> oneSidedCommitments(@Argument String documentId) {
        return reads.read(() -> commitments.analyse(scope.documentId(documentId)));
    }

    private static double orDefault(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
