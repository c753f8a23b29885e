package org.dutygraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * dutygraph: reads responsibility documents (目标责任书) into a Neo4j graph and answers over GraphQL.
 * {@code java -jar dutygraph.jar} runs the service; {@code java -jar dutygraph.jar import FILE [--id=ID]} imports one
 * document into the configured database and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DutygraphApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(SpringApplication.exit(runImport(args)));
        }
        SpringApplication.run(DutygraphApplication.class, args);
    }

    /**
     * The import command's context: no web server and no seed; an embedded store takes any free Bolt port so a
     * running service's port does not clash (its store stays locked by a running service: stop it or use the
     * importDocument mutation). Its exit code says whether the import succeeded.
     */
    public static ConfigurableApplicationContext runImport(String[] args, String... moreProperties) {
        return new SpringApplicationBuilder(DutygraphApplication.class)
                .web(WebApplicationType.NONE)
                .properties("dutygraph.command=import", "dutygraph.seed.enabled=false", "dutygraph.bolt-port=0",
                        "spring.main.banner-mode=off")
                .properties(moreProperties)
                .run(args);
    }
}
