package org.dutygraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The settings bind from environment variables the way an operator would set them. */
class DutygraphPropertiesTest {

    @Test
    void defaults() {
        var properties = bind(Map.of());
        assertThat(properties.dataDir().normalize()).isEqualTo(Path.of("data"));
        assertThat(properties.boltPort()).isEqualTo(7687);
        assertThat(properties.adminToken()).isNull();
        assertThat(properties.boltPassword()).isNull();
    }

    @Test
    void environmentVariables() {
        var properties = bind(Map.of(
                "DUTYGRAPH_DATA_DIR", "/srv/dutygraph",
                "DUTYGRAPH_BOLT_PORT", "0",
                "DUTYGRAPH_ADMIN_TOKEN", "secret",
                "DUTYGRAPH_BOLT_PASSWORD", "bolt-secret"));
        assertThat(properties.dataDir()).isEqualTo(Path.of("/srv/dutygraph"));
        assertThat(properties.boltPort()).isZero();
        assertThat(properties.adminToken()).isEqualTo("secret");
        assertThat(properties.boltPassword()).isEqualTo("bolt-secret");
    }

    private static DutygraphProperties bind(Map<String, Object> environmentVariables) {
        var environment = new StandardEnvironment();
        var sources = environment.getPropertySources();
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bindOrCreate("dutygraph", DutygraphProperties.class);
    }
}
