package org.dutygraph.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** The settings bind from environment variables the way an operator would set them, and refuse what cannot work. */
class DutygraphPropertiesTest {

    @Test
    void defaults() {
        var properties = bind(Map.of());
        assertThat(properties.dataDir().normalize()).isEqualTo(Path.of("data"));
        assertThat(properties.boltPort()).isEqualTo(7687);
        assertThat(properties.adminToken()).isNull();
        assertThat(properties.boltPassword()).isNull();
        assertThat(properties.seed().enabled()).isTrue();
        assertThat(properties.graphql()).isEqualTo(
                new DutygraphProperties.Graphql(15, 100_000, Duration.ofSeconds(30), Duration.ofSeconds(110), 500, 250_000));
        assertThat(properties.http().maxBodyBytes()).isEqualTo(20_000_000L);
        assertThat(properties.imports().maxChars()).isEqualTo(5_000_000);
    }

    /** What application.properties shows the operator is what the service uses when nothing is set. */
    @Test
    void the_defaults_written_in_application_properties_are_the_records_own() throws IOException {
        var environment = environment(Map.of());
        new PropertiesPropertySourceLoader().load("application", new ClassPathResource("application.properties"))
                .forEach(environment.getPropertySources()::addLast);
        var written = Binder.get(environment).bindOrCreate("dutygraph", DutygraphProperties.class);
        assertThat(List.of("data-dir", "bolt-port", "seed.enabled", "graphql.max-depth", "graphql.max-complexity",
                "graphql.timeout", "graphql.admin-timeout", "graphql.document-cache-entries", "graphql.document-cache-chars", "http.max-body-bytes", "import.max-chars"))
                .as("every setting with a default is written out")
                .allMatch(name -> environment.containsProperty("dutygraph." + name));
        assertThat(written).usingRecursiveComparison().isEqualTo(bind(Map.of()));
    }

    @Test
    void environment_variables() {
        var properties = bind(Map.of(
                "DUTYGRAPH_DATA_DIR", "/srv/dutygraph",
                "DUTYGRAPH_BOLT_PORT", "0",
                "DUTYGRAPH_ADMIN_TOKEN", "secret",
                "DUTYGRAPH_BOLT_PASSWORD", "bolt-secret",
                "DUTYGRAPH_SEED_ENABLED", "false",
                "DUTYGRAPH_GRAPHQL_TIMEOUT", "5s",
                "DUTYGRAPH_GRAPHQL_MAX_COMPLEXITY", "2000",
                "DUTYGRAPH_HTTP_MAX_BODY_BYTES", "1000",
                "DUTYGRAPH_IMPORT_MAX_CHARS", "300"));
        assertThat(properties.dataDir()).isEqualTo(Path.of("/srv/dutygraph"));
        assertThat(properties.boltPort()).isZero();
        assertThat(properties.adminToken()).isEqualTo("secret");
        assertThat(properties.boltPassword()).isEqualTo("bolt-secret");
        assertThat(properties.seed().enabled()).isFalse();
        assertThat(properties.graphql().timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.graphql().maxComplexity()).isEqualTo(2000);
        assertThat(properties.http().maxBodyBytes()).isEqualTo(1000L);
        assertThat(properties.imports().maxChars()).isEqualTo(300);
    }

    @Test
    void a_value_that_cannot_work_is_refused_with_the_propertys_name() {
        assertRefused(Map.of("DUTYGRAPH_BOLT_PORT", "70000"), "dutygraph.bolt-port is 70000; it must be a port, 0 to 65535");
        assertRefused(Map.of("DUTYGRAPH_GRAPHQL_MAX_DEPTH", "0"), "dutygraph.graphql.max-depth is 0; it must be at least 1");
        assertRefused(Map.of("DUTYGRAPH_GRAPHQL_TIMEOUT", "0s"), "dutygraph.graphql.timeout is PT0S; it must be longer than 0");
        assertRefused(Map.of("DUTYGRAPH_GRAPHQL_TIMEOUT", "200s"),
                "dutygraph.graphql.admin-timeout is PT1M50S; it must be at least dutygraph.graphql.timeout (PT3M20S)");
        assertRefused(Map.of("DUTYGRAPH_HTTP_MAX_BODY_BYTES", "-1"), "dutygraph.http.max-body-bytes is -1; it must be at least 1");
        assertRefused(Map.of("DUTYGRAPH_IMPORT_MAX_CHARS", "0"), "dutygraph.import.max-chars is 0; it must be at least 1");
    }

    private static void assertRefused(Map<String, Object> environmentVariables, String message) {
        assertThatThrownBy(() -> bind(environmentVariables)).isInstanceOf(BindException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class).hasRootCauseMessage(message);
    }

    private static DutygraphProperties bind(Map<String, Object> environmentVariables) {
        return Binder.get(environment(environmentVariables)).bindOrCreate("dutygraph", DutygraphProperties.class);
    }

    private static StandardEnvironment environment(Map<String, Object> environmentVariables) {
        var environment = new StandardEnvironment();
        var sources = environment.getPropertySources();
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        ConfigurationPropertySources.attach(environment);
        return environment;
    }
}
