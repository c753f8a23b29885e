package org.dutygraph.analysis;

import org.dutygraph.cypher.ReadTransactions;
import org.dutygraph.department.DepartmentResolver;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.dutygraph.model.Document;
import org.dutygraph.model.DocumentRepository;
import org.dutygraph.portfolio.Scope;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GraphQL: the analyses, and a department's load over the years. Each covers the document asked for, the documents a
 * scope lists or selects, or the most recently imported one, and reads in one read transaction: which documents, then
 * their analysis; for one document (or the latest) the analysis's statement finds it itself
 * ({@link AnalysisScope.Coverage}), so loadBalance, duplicateTasks, sharedTargets and oneSidedCommitments are one
 * statement each.
 */
@Controller
class AnalysisController {

    /** GraphQL input RoleWeights; the schema supplies the defaults of missing fields. */
    record RoleWeights(Double lead, Double joint, Double support) {
    }

    private final AnalysisScope covered;
    private final ReadTransactions reads;
    private final DocumentRepository documents;
    private final LoadBalanceAnalysis loadBalance;
    private final BottleneckAnalysis bottlenecks;
    private final DuplicateAnalysis duplicates;
    private final OverlapAnalysis overlap;
    private final SharedTargetAnalysis sharedTargets;
    private final CommitmentAnalysis commitments;
    private final LoadOverYears loadOverYears;
    private final DepartmentResolver resolver;

    AnalysisController(AnalysisScope covered, LoadBalanceAnalysis loadBalance, BottleneckAnalysis bottlenecks,
                       DuplicateAnalysis duplicates, OverlapAnalysis overlap, SharedTargetAnalysis sharedTargets,
                       CommitmentAnalysis commitments, LoadOverYears loadOverYears, DepartmentResolver resolver,
                       DocumentRepository documents, ReadTransactions reads) {
        this.loadOverYears = loadOverYears;
        this.resolver = resolver;
        this.reads = reads;
        this.documents = documents;
        this.covered = covered;
        this.loadBalance = loadBalance;
        this.bottlenecks = bottlenecks;
        this.duplicates = duplicates;
        this.overlap = overlap;
        this.sharedTargets = sharedTargets;
        this.commitments = commitments;
    }

    @QueryMapping
    LoadBalance loadBalance(@Argument String documentId, @Argument Scope scope, @Argument RoleWeights weights,
                            @Argument Boolean includeBoilerplate) {
        LoadBalanceAnalysis.Weights w = weights == null ? LoadBalanceAnalysis.Weights.DEFAULT
                : new LoadBalanceAnalysis.Weights(orDefault(weights.lead(), 1.0), orDefault(weights.joint(), 0.5),
                orDefault(weights.support(), 0.5));
        return reads.read(() -> loadBalance.analyse(covered.coverage(documentId, scope), w, Boolean.TRUE.equals(includeBoilerplate)));
    }

    /** The analysed document (the most recently imported of a scope's), fetched only when a client asks for it. */
    @SchemaMapping(typeName = "LoadBalance", field = "document")
    Document document(LoadBalance balance) {
        return documents.byId(balance.documentIds().getFirst()).orElseThrow();
    }

    /** The documents analysed, in the order the answer covers them. */
    @SchemaMapping(typeName = "LoadBalance", field = "documents")
    List<Document> documents(LoadBalance balance) {
        return documents.byIdsInOrder(balance.documentIds());
    }

    /** Each document of a department's load, all of one answer's fetched at once. */
    @BatchMapping(typeName = "DocumentLoad", field = "document")
    Map<LoadBalance.DocumentLoad, Document> documentOfLoad(List<LoadBalance.DocumentLoad> loads) {
        Map<String, Document> byId = documents.byIds(loads.stream().map(LoadBalance.DocumentLoad::documentId).distinct().toList());
        Map<LoadBalance.DocumentLoad, Document> result = new HashMap<>();
        loads.forEach(l -> result.put(l, byId.get(l.documentId())));
        return result;
    }

    @QueryMapping
    List<Bottleneck> bottlenecks(@Argument String documentId, @Argument Scope scope, @Argument Integer limit) {
        return reads.read(() -> bottlenecks.analyse(covered.coverage(documentId, scope), limit == null ? 10 : limit));
    }

    @QueryMapping
    List<DuplicateGroup> duplicateTasks(@Argument String documentId, @Argument Scope scope,
                                        @Argument Double minSimilarity, @Argument Boolean includeBoilerplate) {
        double min = minSimilarity == null ? 0.5 : minSimilarity;
        if (min < 0 || min > 1) {
            throw new IllegalArgumentException("minSimilarity must be between 0 and 1, was " + min);
        }
        return reads.read(() -> duplicates.analyse(covered.coverage(documentId, scope), min, Boolean.TRUE.equals(includeBoilerplate)));
    }

    @QueryMapping
    Overlap overlap(@Argument String departmentA, @Argument String departmentB, @Argument String documentId,
                    @Argument Scope scope) {
        return reads.read(() -> overlap.analyse(covered.documentIds(documentId, scope), departmentA, departmentB));
    }

    @QueryMapping
    List<SharedTarget> sharedTargets(@Argument String documentId, @Argument Scope scope) {
        return reads.read(() -> sharedTargets.analyse(covered.coverage(documentId, scope)));
    }

    @QueryMapping
    List<Commitment> oneSidedCommitments(@Argument String documentId, @Argument Scope scope) {
        return reads.read(() -> commitments.analyse(covered.coverage(documentId, scope)));
    }

    @QueryMapping
    List<YearLoad> loadOverYears(@Argument String department, @Argument Scope scope) {
        return reads.read(() -> {
            List<String> documentIds = scope == null ? null : covered.documentIds(null, scope);
            return loadOverYears.analyse(resolver.resolve(department, documentIds), documentIds);
        });
    }

    /** The documents of one year of a department's load. */
    @SchemaMapping(typeName = "YearLoad", field = "documents")
    List<Document> documents(YearLoad year) {
        return documents.byIdsInOrder(year.documentIds());
    }

    private static double orDefault(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
