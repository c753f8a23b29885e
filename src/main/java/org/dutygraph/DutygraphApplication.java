package org.dutygraph;

import org.dutygraph.database.StoreTemplate;
import org.dutygraph.settings.DutygraphProperties;
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
        ConfigurableApplicationContext context = SpringApplication.run(DutygraphApplication.class, args);
        DutygraphProperties properties = context.getBean(DutygraphProperties.class);
        if (properties.makeStoreTemplate()) {
            System.exit(makeStoreTemplate(context, properties.dataDir()));
        }
    }

    /**
     * The fast-start build's training run ({@code ./mvnw -Pfast-start package}): the service has started (store,
     * migrations, seed), so stop it, and mark the data directory, its database cleanly shut down, as this build's
     * store template. Returns the exit code.
     */
    static int makeStoreTemplate(ConfigurableApplicationContext context, java.nio.file.Path dataDir) {
        String build = StoreTemplate.build().orElseThrow(() -> new IllegalStateException(
                "this build has no META-INF/build-info.properties: a store template could not be matched to it"));
        int code = SpringApplication.exit(context);
        if (code == 0) {
            StoreTemplate.mark(dataDir, build);
        }
        return code;
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
