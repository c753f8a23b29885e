package org.dutygraph.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL at {@code /graphiql}, every script and stylesheet from the jar (static/graphiql and the GraphiQL and React
 * webjars): Spring's own GraphiQL page loads them from a CDN and is blank on an offline intranet.
 */
@Controller
class GraphiQlPage {

    @GetMapping("/graphiql")
    String graphiql() {
        return "forward:/graphiql/index.html";
    }
}
