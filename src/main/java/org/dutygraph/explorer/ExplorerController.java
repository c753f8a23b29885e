package org.dutygraph.explorer;

import org.dutygraph.analysis.AnalysisScope;
import org.dutygraph.cypher.ReadTransactions;
import org.dutygraph.portfolio.Scope;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.EnumSet;
import java.util.List;

/** GraphQL: the collaboration graph, read in one read transaction. */
@Controller
class ExplorerController {

    private final AnalysisScope covered;
    private final GraphAssembler graphs;
    private final ReadTransactions reads;

    ExplorerController(AnalysisScope covered, GraphAssembler graphs, ReadTransactions reads) {
        this.covered = covered;
        this.graphs = graphs;
        this.reads = reads;
    }

    @QueryMapping
    CollaborationGraph collaborationGraph(@Argument String documentId, @Argument Scope scope,
                                          @Argument List<CollaborationGraph.Part> include) {
        var parts = include == null || include.isEmpty() ? GraphAssembler.DEFAULT : EnumSet.copyOf(include);
        return reads.read(() -> graphs.assemble(covered.documentIds(documentId, scope), parts));
    }
}
