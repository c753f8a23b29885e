package org.dutygraph.explorer;

import org.dutygraph.analysis.AnalysisScope;
import org.dutygraph.cypher.ReadTransactions;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.EnumSet;
import java.util.List;

/** GraphQL: the collaboration graph, read in one read transaction. */
@Controller
class ExplorerController {

    private final AnalysisScope scope;
    private final GraphAssembler graphs;
    private final ReadTransactions reads;

    ExplorerController(AnalysisScope scope, GraphAssembler graphs, ReadTransactions reads) {
        this.scope = scope;
        this.graphs = graphs;
        this.reads = reads;
    }

    @QueryMapping
    CollaborationGraph collaborationGraph(@Argument String documentId, @Argument List<CollaborationGraph.Part> include) {
        var parts = include == null || include.isEmpty() ? GraphAssembler.DEFAULT : EnumSet.copyOf(include);
        return reads.read(() -> graphs.assemble(scope.documentId(documentId), parts));
    }
}
