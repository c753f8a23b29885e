package org.dutygraph.document;

import com.jayway.jsonpath.DocumentContext;
import org.dutygraph.cypher.CypherScript;
import org.dutygraph.support.GraphQlHttp;
import org.dutygraph.support.ServiceProcess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service process is killed (SIGKILL) while it writes a new version of a document, then started again on the same
 * store: the document is the old version or the new one, never a mix. The kill comes while an import statement is
 * running in the database (watched through SHOW TRANSACTIONS over Bolt), not at a guessed moment.
 */
@DisplayName("Crash during an import")
class CrashDurabilityIT {

    static final String TOKEN = "crash-token";
    static final String BOLT_PASSWORD = "crash-bolt-password";
    static final String ID = "crash-2021";

    @TempDir
    Path store;

    @Test
    void a_killed_import_leaves_the_old_version_or_the_new_one_never_a_mix() throws Exception {
        int bolt = ServiceProcess.freePort();
        String old = SeedDocument.text();
        String bigger = biggerVersion(old, 60);
        ServiceProcess service = start(bolt);
        int http = service.port();
        try {
            DocumentContext first = GraphQlHttp.on(http).withToken(TOKEN).execute(
                    "mutation($t: String!, $id: ID) { importDocument(text: $t, id: $id) { taskCount } }", Map.of("t", old, "id", ID));
            assertThat(first.<Integer>read("$.data.importDocument.taskCount")).isEqualTo(123);

            String body = net.minidev.json.JSONObject.toJSONString(Map.of(
                    "query", "mutation($t: String!, $id: ID) { importDocument(text: $t, id: $id) { taskCount } }",
                    "variables", Map.of("t", bigger, "id", ID)));
            CompletableFuture<HttpResponse<String>> replacing = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + http + "/graphql"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            boolean caught = waitForRunningImport(bolt, replacing);
            service.kill();
            System.out.println("killed " + (caught ? "while an import statement was running" : "after the import had finished"));
        } finally {
            service.kill();
        }

        try (ServiceProcess restarted = start(bolt)) {
            DocumentContext after = GraphQlHttp.on(restarted.port()).execute(
                    "{ document(id: \"" + ID + "\") { taskCount sourceHash } tasks(documentId: \"" + ID + "\", first: 0) { totalCount } }", Map.of());
            int tasks = after.read("$.data.document.taskCount");
            String hash = after.read("$.data.document.sourceHash");
            int listed = after.read("$.data.tasks.totalCount");
            int expectedBigger = 123 + 60 * 5;
            assertThat(tasks).isIn(123, expectedBigger);
            assertThat(listed).isEqualTo(tasks);
            assertThat(hash).isEqualTo(tasks == 123 ? PreparedDocument.sha256(old) : PreparedDocument.sha256(bigger));
            System.out.println("after restart: " + (tasks == 123 ? "the old version" : "the new version") + ", " + tasks + " tasks");
        }
    }

    /** The seed with {@code extra} more department sections of five clauses each: a longer import to interrupt. */
    static String biggerVersion(String seed, int extra) {
        StringBuilder more = new StringBuilder();
        for (int s = 0; s < extra; s++) {
            more.append("\n\n十七、区第").append(s).append("测试局\n\n");
            for (int c = 1; c <= 5; c++) {
                more.append(c).append(". 会同生态环境部门推进第").append(s).append("号专项工作第").append(c)
                        .append("项任务，完成整治项目").append(c * 3).append("个，6月底前完成。\n\n");
            }
        }
        return seed.replace("【打印本页】", more + "【打印本页】");
    }

    private static boolean waitForRunningImport(int bolt, CompletableFuture<?> request) throws InterruptedException {
        String query = CypherScript.statements(resource("/cypher/test/running-imports.cypher")).getFirst();
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.basic("neo4j", BOLT_PASSWORD))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && !request.isDone()) {
                long running = driver.executableQuery(query).execute().records().getFirst().get("running").asLong();
                if (running > 0) {
                    return true;
                }
                Thread.sleep(5);
            }
        }
        return false;
    }

    private ServiceProcess start(int bolt) throws IOException, InterruptedException {
        return ServiceProcess.start(Map.of(), List.of("--dutygraph.bolt-port=" + bolt, "--dutygraph.data-dir=" + store.resolve("data"),
                "--dutygraph.admin-token=" + TOKEN, "--dutygraph.bolt-password=" + BOLT_PASSWORD,
                "--dutygraph.seed.enabled=false"), store.resolve("service-" + System.nanoTime() + ".log"));
    }

    private static String resource(String name) {
        try (InputStream in = CrashDurabilityIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
