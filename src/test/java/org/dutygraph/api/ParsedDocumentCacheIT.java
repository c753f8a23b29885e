package org.dutygraph.api;

import com.jayway.jsonpath.DocumentContext;
import org.dutygraph.support.ServiceIT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parsed and validated documents are kept by their text, and the depth and complexity limits still judge every
 * request that reuses one, with that request's variables (over HTTP, as a client sends them).
 */
@DisplayName("Cached query documents and the limits")
class ParsedDocumentCacheIT extends ServiceIT {

    @Autowired
    private ParsedDocumentCache cache;

    @Test
    void a_query_over_the_complexity_limit_is_refused_the_second_and_third_time_it_is_sent_too() {
        String aliased = bottlenecksAliased(1000);
        for (int time = 1; time <= 3; time++) {
            DocumentContext answer = graphql().execute(aliased, Map.of());
            assertThat(answer.<String>read("$.errors[0].message")).as("submission %d", time)
                    .isEqualTo("maximum query complexity exceeded 1020000 > 100000");
            assertThat(answer.<Map<String, Object>>read("$")).as("submission %d", time).doesNotContainKey("data");
            assertThat(cache.holds(aliased)).as("kept after submission %d: the next one is a cache hit", time).isTrue();
        }
    }

    @Test
    void a_query_nested_too_deep_is_refused_the_second_time_it_is_sent_too() {
        String deep = "{ department(name: \"区工信局\", documentId: \"zhonglou-2021\") { ownedTasks { document { sections { tasks { owner {"
                + " ownedTasks { document { sections { tasks { owner { ownedTasks { document { sections { department { name } } } } } } } } } } } } } } } }";
        for (int time = 1; time <= 2; time++) {
            DocumentContext answer = graphql().execute(deep, Map.of());
            assertThat(answer.<String>read("$.errors[0].message")).as("submission %d", time)
                    .isEqualTo("maximum query depth exceeded 16 > 15");
            assertThat(answer.<Map<String, Object>>read("$")).doesNotContainKey("data");
        }
        assertThat(cache.holds(deep)).isTrue();
    }

    /**
     * 103 per bottleneck (the field, its department, the department's name, the analysis's 100) times the limit: 970
     * fit in 100,000, 1,000 do not.
     */
    @Test
    void a_cached_query_is_judged_by_the_variables_of_each_request() {
        String query = "query($limit: Int) { bottlenecks(documentId: \"zhonglou-2021\", limit: $limit) { department { name } } }";

        DocumentContext small = graphql().execute(query, Map.of("limit", 3));
        List<String> firstThree = small.read("$.data.bottlenecks[*].department.name");
        assertThat(firstThree).hasSize(3).first().isEqualTo("钟楼生态环境局");
        assertThat(cache.holds(query)).isTrue();

        DocumentContext large = graphql().execute(query, Map.of("limit", 1000));
        assertThat(large.<String>read("$.errors[0].message")).isEqualTo("maximum query complexity exceeded 103000 > 100000");
        assertThat(large.<Map<String, Object>>read("$")).doesNotContainKey("data");

        DocumentContext fits = graphql().execute(query, Map.of("limit", 970));
        assertThat(fits.<Map<String, Object>>read("$")).as(fits.jsonString()).doesNotContainKey("errors");
        List<String> all = fits.read("$.data.bottlenecks[*].department.name");
        // The same departments as the same request written without a variable (another text, parsed anew).
        List<String> uncached = graphql().execute(
                "{ bottlenecks(documentId: \"zhonglou-2021\", limit: 970) { department { name } } }", Map.of())
                .read("$.data.bottlenecks[*].department.name");
        assertThat(all).hasSizeGreaterThan(3).startsWith(firstThree.toArray(String[]::new)).isEqualTo(uncached);

        DocumentContext smallAgain = graphql().execute(query, Map.of("limit", 3));
        assertThat(smallAgain.jsonString()).isEqualTo(small.jsonString());
    }

    @Test
    void an_invalid_query_is_not_kept_and_is_refused_each_time() {
        String invalid = "{ bottlenecks(documentId: \"zhonglou-2021\") { noSuchField } }";
        for (int time = 1; time <= 2; time++) {
            DocumentContext answer = graphql().execute(invalid, Map.of());
            assertThat(answer.<String>read("$.errors[0].message")).as("submission %d", time)
                    .contains("Field 'noSuchField' in type 'Bottleneck' is undefined");
        }
        assertThat(cache.holds(invalid)).isFalse();
    }

    /** The bounds: a unit test of the map, without the service (unique queries cannot grow it). */
    @Test
    void the_cache_keeps_at_most_its_count_and_its_characters_the_least_recently_used_going_first() {
        ParsedDocumentCache bounded = new ParsedDocumentCache(3, 40);
        graphql.ExecutionInput.Builder input = graphql.ExecutionInput.newExecutionInput();
        java.util.function.Function<graphql.ExecutionInput, graphql.execution.preparsed.PreparsedDocumentEntry> parse =
                in -> new graphql.execution.preparsed.PreparsedDocumentEntry(graphql.parser.Parser.parse(in.getQuery()));
        for (String q : List.of("{ a }", "{ b }", "{ c }")) {
            bounded.getDocumentAsync(input.query(q).build(), parse).join();
        }
        bounded.getDocumentAsync(input.query("{ a }").build(), parse).join(); // a is now the most recently used
        bounded.getDocumentAsync(input.query("{ d }").build(), parse).join(); // four: b, the least recently used, goes
        assertThat(List.of("{ a }", "{ b }", "{ c }", "{ d }")).filteredOn(bounded::holds).containsExactly("{ a }", "{ c }", "{ d }");

        String long35 = "{ " + "x ".repeat(16) + "}"; // 35 characters: with the others over 40, all but it go
        bounded.getDocumentAsync(input.query(long35).build(), parse).join();
        assertThat(List.of("{ a }", "{ c }", "{ d }", long35)).filteredOn(bounded::holds).containsExactly("{ d }", long35);

        String tooLong = "{ " + "y ".repeat(20) + "}";
        bounded.getDocumentAsync(input.query(tooLong).build(), parse).join();
        assertThat(bounded.holds(tooLong)).as("longer than all the characters allowed: never kept").isFalse();
        assertThat(bounded.holds(long35)).isTrue();
    }
}
