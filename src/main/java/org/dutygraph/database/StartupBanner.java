package org.dutygraph.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the operator where to find the application once it is ready to serve. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final DatabaseEndpoint endpoint;
    private final Environment environment;
    private final ObjectProvider<BoltPassword> boltPassword;

    StartupBanner(DatabaseEndpoint endpoint, Environment environment, ObjectProvider<BoltPassword> boltPassword) {
        this.endpoint = endpoint;
        this.environment = environment;
        this.boltPassword = boltPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String port = environment.getProperty("local.server.port");
        if (port != null) {
            String base = "http://localhost:" + port;
            log.info("GraphQL:  {}{}", base, environment.getProperty("spring.graphql.http.path", "/graphql"));
            log.info("GraphiQL: {}{}", base, environment.getProperty("spring.graphql.graphiql.path", "/graphiql"));
        }
        BoltPassword password = boltPassword.getIfAvailable();
        log.info("Neo4j:    {} ({})", endpoint.boltUri(),
                password == null ? "external" : "embedded; " + password.login());
    }
}
