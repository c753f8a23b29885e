package org.dutygraph.explorer;

import org.dutygraph.analysis.AnalysisScope;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.EnumSet;
import java.util.List;

/** GraphQL: the collaboration graph. */
@Controller
class ExplorerController {

    private final AnalysisScope scope;
    private final GraphAssembler graphs;

    ExplorerController(AnalysisScope scope, GraphAssembler graphs) {
        this.scope = scope;
        this.graphs = graphs;
    }

    @QueryMapping
    CollaborationGraph collaborationGraph(@Argument String documentId, @Argument List<CollaborationGraph.Part> include) {
        var parts = include == null || include.isEmpty() ? GraphAssembler.DEFAULT : EnumSet.copyOf(include);
        return graphs.assemble(scope.documentId(documentId), parts);
    }
}
