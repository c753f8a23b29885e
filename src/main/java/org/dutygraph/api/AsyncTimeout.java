package org.dutygraph.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Gives Tomcat's connector the async timeout of {@code spring.mvc.async.request-timeout}. The GraphQL endpoint is a
 * functional route answering asynchronously, and such an answer runs under the connector's own async timeout
 * (Tomcat's default, 30 s), not Spring MVC's: without this, a request still running at 30 s was answered with a
 * bare HTTP 503 by the container, whatever the GraphQL timeouts said (found importing a document of 10,000 tasks
 * with the admin token's longer timeout).
 */
@Component
class AsyncTimeout implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final Duration timeout;

    AsyncTimeout(@Value("${spring.mvc.async.request-timeout}") Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setAsyncTimeout(timeout.toMillis()));
    }
}
