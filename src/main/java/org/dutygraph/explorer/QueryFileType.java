package org.dutygraph.explorer;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.stereotype.Component;

/**
 * The page's GraphQL queries (static/queries/*.graphql) served as UTF-8 text: neither Tomcat nor Spring knows the
 * extension, and without a type the files would go out with none. There is no registered type for a GraphQL document
 * (the GraphQL-over-HTTP spec retired application/graphql), and text/plain also reads in a browser.
 */
@Component
class QueryFileType implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> {

    static final String TYPE = "text/plain;charset=UTF-8";

    @Override
    public void customize(ConfigurableServletWebServerFactory factory) {
        MimeMappings mappings = new MimeMappings();
        mappings.add("graphql", TYPE);
        factory.addMimeMappings(mappings);
    }
}
