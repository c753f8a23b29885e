package org.dutygraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CypherScriptTest {

    @Test
    void splits_on_semicolons_at_line_end_and_drops_comment_lines() {
        String script = """
                // header comment
                CREATE CONSTRAINT a IF NOT EXISTS
                FOR (n:A) REQUIRE n.id IS UNIQUE;
                  // indented comment
                MATCH (n {text: 'x; y'}) RETURN n;

                RETURN 1
                """;
        assertThat(CypherScript.statements(script)).containsExactly(
                "CREATE CONSTRAINT a IF NOT EXISTS\nFOR (n:A) REQUIRE n.id IS UNIQUE",
                "MATCH (n {text: 'x; y'}) RETURN n",
                "RETURN 1");
    }

    @Test
    void empty_script_has_no_statements() {
        assertThat(CypherScript.statements("// nothing\n\n")).isEmpty();
    }
}
