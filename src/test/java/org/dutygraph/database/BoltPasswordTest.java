package org.dutygraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which password Bolt asks for, and what the logs may say about it. */
class BoltPasswordTest {

    @Test
    void the_operators_password_is_used_as_given() {
        var password = BoltPassword.of("correct horse");
        assertThat(password.value()).isEqualTo("correct horse");
        assertThat(password.configured()).isTrue();
        assertThat(password.login()).isEqualTo("user neo4j, password dutygraph.bolt-password");
    }

    @Test
    void without_one_each_run_makes_its_own_that_nobody_else_knows() {
        var first = BoltPassword.of(null);
        var second = BoltPassword.of("");
        assertThat(first.configured()).isFalse();
        assertThat(second.configured()).isFalse();
        assertThat(first.value()).hasSize(32).isNotEqualTo(second.value()).matches("[A-Za-z0-9_-]+");
        assertThat(first.login()).contains("made for this run", "DUTYGRAPH_BOLT_PASSWORD");
    }

    @Test
    void neo4js_minimum_length_is_checked_before_the_database_starts() {
        assertThat(BoltPassword.of("12345678").value()).isEqualTo("12345678");
        assertThatThrownBy(() -> BoltPassword.of("1234567"))
                .isInstanceOf(EmbeddedNeo4j.StartRefusedException.class)
                .hasMessage("dutygraph.bolt-password has 7 characters; Neo4j needs at least 8");
    }

    @Test
    void the_password_stays_out_of_logs_and_error_messages() {
        var password = BoltPassword.of("s3cret-bolt");
        assertThat(password.toString()).doesNotContain("s3cret-bolt").isEqualTo("BoltPassword[configured]");
        assertThat(password.login()).doesNotContain("s3cret-bolt");
        assertThatThrownBy(() -> BoltPassword.of("s3cr3t")).hasMessageNotContaining("s3cr3t");
    }
}
