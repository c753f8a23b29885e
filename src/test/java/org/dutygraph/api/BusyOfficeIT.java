package org.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.DocumentContext;
import org.dutygraph.support.ServiceIT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Many imports waiting at once do not keep anyone else from being answered. */
@DisplayName("A busy office")
class BusyOfficeIT extends ServiceIT {

    static final int IMPORTS = 24;

    static String document(int n) {
        return "2023年松岚区第" + n + "项工作目标责任书\n松政发〔2023〕" + (100 + n) + "号\n一、区工信局\n1. 完成第" + n
                + "批源头替代项目30个。\n二、区城管局\n1. 加强道路保洁。\n";
    }

    /**
     * Two dozen imports of one district wait for a department another transaction holds. Each waiting request holds
     * the thread it executes on; with a pool of 20 (Reactor's bounded elastic scheduler on 2 cores) a cheap query
     * queued behind them until its timeout. Now it is answered while they wait, and they all import once the
     * department is free.
     */
    @Test
    void a_cheap_query_is_answered_while_two_dozen_imports_wait_for_a_department() throws Exception {
        admin().execute("mutation($t: String!) { importDocument(text: $t, id: \"busy-0-2023\") { changed } }",
                Map.of("t", document(0)));
        List<CompletableFuture<DocumentContext>> imports = new ArrayList<>();
        try (var callers = Executors.newVirtualThreadPerTaskExecutor();
             var session = driver.session(); var held = session.beginTransaction()) {
            long departments = held.run(cypher.get("test/hold-departments"), Map.of("name", "区工信局"))
                    .single().get("held").asLong();
            assertThat(departments).isPositive();
            for (int n = 1; n <= IMPORTS; n++) {
                String id = "busy-" + n + "-2023";
                String text = document(n);
                imports.add(CompletableFuture.supplyAsync(() -> admin().execute(
                        "mutation($t: String!, $id: ID) { importDocument(text: $t, id: $id) { document { id } taskCount } }",
                        Map.of("t", text, "id", id)), callers));
            }
            awaitWaitingImports(IMPORTS, imports);

            DocumentContext cheap = graphql().execute("{ documents { id } }", Map.of());

            assertThat(cheap.<Map<String, Object>>read("$")).as("answered, not abandoned").doesNotContainKey("errors");
            assertThat(cheap.<List<String>>read("$.data.documents[*].id")).contains("busy-0-2023", SEED);
            assertThat(imports).as("the imports are still waiting").noneMatch(CompletableFuture::isDone);
            held.rollback();
            for (int n = 1; n <= IMPORTS; n++) {
                DocumentContext result = imports.get(n - 1).get(2, TimeUnit.MINUTES);
                assertThat(result.<Map<String, Object>>read("$")).doesNotContainKey("errors");
                assertThat(result.<String>read("$.data.importDocument.document.id")).isEqualTo("busy-" + n + "-2023");
                assertThat(result.<Integer>read("$.data.importDocument.taskCount")).isEqualTo(2);
            }
        }
    }

    private void awaitWaitingImports(int expected, List<CompletableFuture<DocumentContext>> imports)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long waiting = 0;
        while (System.nanoTime() < deadline) {
            for (var done : imports.stream().filter(CompletableFuture::isDone).toList()) {
                throw new AssertionError("an import ended while the department was held: "
                        + done.handle((result, failure) -> failure != null ? failure.toString() : result.jsonString())
                        .join());
            }
            waiting = query("imports-waiting-for-departments", Map.of()).getFirst().get("waiting").asLong();
            if (waiting >= expected) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(waiting + " of " + expected + " imports reached the department lock within 60 s");
    }
}
