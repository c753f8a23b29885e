package org.dutygraph.api;

import com.jayway.jsonpath.DocumentContext;
import org.dutygraph.support.HttpJson;
import org.dutygraph.support.ServiceIT;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Limits on what one request may ask, and bad input that must be refused clearly and lose nothing. */
@DisplayName("Limits and bad input")
class HardeningIT extends ServiceIT {

    @Test
    void a_query_nested_too_deep_is_refused_before_it_runs() {
        String deep = "{ department(name: \"区工信局\", documentId: \"zhonglou-2021\") { ownedTasks { document { sections { tasks { owner {"
                + " ownedTasks { document { sections { tasks { owner { ownedTasks { document { sections { department { name } } } } } } } } } } } } } } } }";
        assertRefusedBeforeRunning(deep, "maximum query depth exceeded");
    }

    @Test
    void a_query_that_would_fan_out_through_nested_lists_is_refused_before_it_runs() {
        // within the depth limit, few fields, but each level a list of the one above: millions of objects
        String fanOut = "{ departments { ownedTasks { participants { department { ownedTasks { participants { department {"
                + " ownedTasks { id } } } } } } } } }";
        assertRefusedBeforeRunning(fanOut, "maximum query complexity exceeded");
    }

    @Test
    void a_thousand_aliases_of_an_analysis_are_refused_before_they_run() {
        assertRefusedBeforeRunning(bottlenecksAliased(1000), "maximum query complexity exceeded");
    }

    /** The query is answered with {@code message} and no data at all: refused as a whole, nothing of it fetched. */
    private void assertRefusedBeforeRunning(String query, String message) {
        DocumentContext answer = graphql().execute(query, Map.of());
        assertThat(answer.<String>read("$.errors[0].message")).containsIgnoringCase(message);
        assertThat(answer.<Map<String, Object>>read("$")).doesNotContainKey("data");
    }

    @Test
    void the_questions_users_ask_stay_inside_the_limit() {
        DocumentContext answer = graphql().execute("{ documents { id title taskCount sections { title tasks { id text"
                + " participants { role department { name } } deadlines } } } loadBalance(documentId: \"zhonglou-2021\")"
                + " { gini departments { department { name } leads supports } } }", Map.of());
        assertThat(answer.<Map<String, Object>>read("$")).as(answer.jsonString()).doesNotContainKey("errors");
        assertThat(answer.<List<String>>read("$.data.documents[*].id")).contains(SEED);
        assertThat(answer.<List<String>>read("$.data.loadBalance.departments[*].department.name")).contains("区工信局");
    }

    @Test
    void introspection_stays_on_within_the_limits() {
        DocumentContext answer = graphql().execute("{ __schema { queryType { name } types { name kind fields { name args { name }"
                + " type { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } }", Map.of());
        assertThat(answer.<List<String>>read("$.data.__schema.types[*].name")).contains("Task", "Department", "DuplicateGroup", "Graph");
    }

    @Test
    void a_page_larger_than_the_limit_is_refused() {
        DocumentContext answer = graphql().run("tasks", "documentId", SEED, "first", 501);
        assertThat(answer.<String>read("$.errors[0].message")).isEqualTo("first must be between 0 and 500, was 501");
        assertThat(answer.<String>read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
    }

    @Test
    void a_50_mb_upload_is_refused_with_a_clear_limit_and_writes_nothing() throws IOException, InterruptedException {
        long[] before = graphSize();
        byte[] body = new byte[50_000_000];
        java.util.Arrays.fill(body, (byte) 'x');
        HttpResponse<String> answer = postGraphQl(HttpRequest.BodyPublishers.ofByteArray(body), ADMIN_TOKEN);
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("the request body has 50000000 bytes; the limit is 20000000");
        assertThat(graphSize()).containsExactly(before);
    }

    @Test
    void a_chunked_body_without_a_length_is_counted_and_refused_past_the_limit() throws Exception {
        long[] before = graphSize();
        long size = 30_000_000;
        java.io.InputStream endless = new java.io.InputStream() {
            long sent;

            @Override
            public int read() {
                return sent++ < size ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - sent);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                sent += n;
                return n;
            }
        };
        HttpResponse<String> answer = postGraphQl(HttpRequest.BodyPublishers.ofInputStream(() -> endless), ADMIN_TOKEN);
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("the request body has more than 20000000 bytes; the limit is 20000000");
        assertThat(graphSize()).containsExactly(before);

        // a small chunked request still works
        String query = "{\"query\":\"{ documents { id } }\"}";
        HttpResponse<String> small = postGraphQl(
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(query.getBytes())), null);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(com.jayway.jsonpath.JsonPath.parse(small.body()).<List<String>>read("$.data.documents[*].id")).contains(SEED);
    }

    /** A raw POST to /graphql, for bodies the GraphQL client would not send (too large, chunked). */
    private HttpResponse<String> postGraphQl(HttpRequest.BodyPublisher body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One character over dutygraph.import.max-chars (5,000,000), and what its refusal says. */
    private static final String TOO_LONG = "一、区发改局\n1. 甲。\n" + "乙".repeat(5_000_001);
    private static final String TOO_LONG_REFUSAL = "the text has 5000014 characters; the limit is 5000000";

    @Test
    void a_text_longer_than_any_responsibility_document_is_refused() {
        long[] before = graphSize();
        DocumentContext answer = admin().run("importDocument", "text", TOO_LONG, "id", "too-long-2024");
        assertThat(answer.<String>read("$.errors[0].message")).startsWith(TOO_LONG_REFUSAL);
        assertThat(graphSize()).containsExactly(before);
    }

    @Test
    void pages_carry_security_headers_and_health_shows_statuses_without_details() {
        var page = HttpJson.get(port, "/");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p)
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");

        var health = HttpJson.get(port, "/actuator/health");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(health.body(), "$.components.neo4j.status")).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("details", "free", "version", "path");
    }

    @Test
    void a_preview_without_a_token_has_the_import_s_size_limit() {
        DocumentContext answer = graphql().execute("query($t: String!) { previewDocument(text: $t) { taskCount } }",
                Map.of("t", TOO_LONG));
        assertThat(answer.<String>read("$.errors[0].message")).startsWith(TOO_LONG_REFUSAL);
    }

    @Test
    void binary_garbage_is_refused_as_no_document_and_writes_nothing() {
        long[] before = graphSize();
        StringBuilder garbage = new StringBuilder();
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            garbage.append((char) random.nextInt(1, 0xD7FF));
        }
        DocumentContext answer = admin().run("importDocument", "text", garbage.toString(), "id", "garbage-2024");
        assertThat(answer.<String>read("$.errors[0].message")).contains("no tasks found");
        assertThat(graphSize()).containsExactly(before);
    }

    @Test
    void scripts_in_an_html_page_are_never_stored() {
        String page = TestDocuments.text("xinbei-2022.html")
                .replace("<p>（2）会同区住建局", "<p onclick=\"alert('x')\">（2）<script>alert('stolen')</script>会同区住建局")
                .replace("</body>", "<script>document.write('一、区恶意局 1. 会同工信部门')</script></body>");
        DocumentContext answer = admin().run("importDocument", "text", page, "id", "scripted-2022");
        assertThat(answer.<Integer>read("$.data.importDocument.taskCount")).isEqualTo(8);
        String text = graphql().run("task", "id", "scripted-2022/区生态环境局/2").read("$.data.task.text");
        assertThat(text).startsWith("会同区住建局").doesNotContain("alert", "script", "onclick");
        assertThat(graphql().run("departments", "documentId", "scripted-2022").<List<String>>read("$.data.departments[*].name"))
                .doesNotContain("区恶意局");
    }
}
