package org.dutygraph.portfolio;

import org.dutygraph.cypher.ReadTransactions;
import org.dutygraph.model.Document;
import org.dutygraph.model.DocumentRepository;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

/** GraphQL: the documents a scope selects, the portfolio the analyses across documents will cover (issue 13). */
@Controller
class PortfolioController {

    private final DocumentScopes scopes;
    private final DocumentRepository documents;
    private final ReadTransactions reads;

    PortfolioController(DocumentScopes scopes, DocumentRepository documents, ReadTransactions reads) {
        this.scopes = scopes;
        this.documents = documents;
        this.reads = reads;
    }

    @QueryMapping
    List<Document> documentsInScope(@Argument Scope scope) {
        return reads.read(() -> documents.byIdsNewestFirst(scopes.documentIds(scope)));
    }
}
