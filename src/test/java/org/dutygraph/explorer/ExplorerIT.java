package org.dutygraph.explorer;

import com.jayway.jsonpath.DocumentContext;
import org.dutygraph.support.HttpJson;
import org.dutygraph.support.ServiceIT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The graph shape clients draw, and the reports, agree with the analyses. */
@DisplayName("Collaboration graph and reports")
class ExplorerIT extends ServiceIT {

    @Test
    void department_nodes_carry_the_load_and_bottleneck_figures_of_the_analyses() {
        DocumentContext graph = graphql().run("collaborationGraph", "documentId", SEED);
        DocumentContext load = graphql().run("loadBalance", "documentId", SEED);
        DocumentContext bottlenecks = graphql().run("bottlenecks", "documentId", SEED, "limit", 100);
        List<Map<String, Object>> nodes = graph.read("$.data.collaborationGraph.nodes");
        assertThat(nodes).hasSize(19).allMatch(n -> n.get("kind").equals("department"));
        assertThat(graph.<List<Object>>read("$.data.collaborationGraph.nodes[?(@.data.external == false)]")).hasSize(16);
        for (Map<String, Object> row : load.<List<Map<String, Object>>>read("$.data.loadBalance.departments")) {
            String name = (String) ((Map<?, ?>) row.get("department")).get("name");
            List<Number> score = graph.read("$.data.collaborationGraph.nodes[?(@.label == '" + name + "')].data.loadScore");
            assertThat(score).as(name).singleElement().satisfies(s -> assertThat(s.doubleValue()).isEqualTo(((Number) row.get("score")).doubleValue()));
        }
        assertThat(graph.<Number>read("$.data.collaborationGraph.load.gini").doubleValue()).as("the load the graph carries")
                .isEqualTo(load.<Number>read("$.data.loadBalance.gini").doubleValue());
        assertThat(graph.<List<String>>read("$.data.collaborationGraph.load.departments[*].flag"))
                .isEqualTo(load.<List<String>>read("$.data.loadBalance.departments[*].flag"));
        List<Number> ecology = graph.read("$.data.collaborationGraph.nodes[?(@.label == '钟楼生态环境局')].data.bottleneckScore");
        assertThat(ecology.getFirst().doubleValue()).isEqualTo(bottlenecks.<Number>read("$.data.bottlenecks[0].score").doubleValue());
    }

    @Test
    void shared_edges_match_each_departments_partners_and_duplicate_edges_the_duplicate_pairs() {
        DocumentContext graph = graphql().run("collaborationGraph", "documentId", SEED);
        DocumentContext bottlenecks = graphql().run("bottlenecks", "documentId", SEED, "limit", 100);
        List<Map<String, Object>> shared = graph.read("$.data.collaborationGraph.edges[?(@.kind == 'SHARED')]");
        Map<String, Integer> degree = new HashMap<>();
        for (Map<String, Object> e : shared) {
            degree.merge((String) e.get("source"), 1, Integer::sum);
            degree.merge((String) e.get("target"), 1, Integer::sum);
            assertThat(((Number) e.get("weight")).intValue()).isEqualTo(((List<?>) ((Map<?, ?>) e.get("data")).get("tasks")).size());
            assertThat(e.get("from")).isEqualTo(e.get("source"));
        }
        for (Map<String, Object> b : bottlenecks.<List<Map<String, Object>>>read("$.data.bottlenecks")) {
            String name = (String) ((Map<?, ?>) b.get("department")).get("name");
            String id = graph.<List<String>>read("$.data.collaborationGraph.nodes[?(@.label == '" + name + "')].id").getFirst();
            assertThat(degree.getOrDefault(id, 0)).as(name).isEqualTo(b.get("partners"));
        }
        double duplicateWeight = graph.<List<Number>>read("$.data.collaborationGraph.edges[?(@.kind == 'DUPLICATE')].weight")
                .stream().mapToDouble(Number::doubleValue).sum();
        int pairs = graphql().run("duplicateTasks", "documentId", SEED).<List<Object>>read("$.data.duplicateTasks[*].pairs[*]").size();
        assertThat(duplicateWeight).isEqualTo(pairs);
        List<Number> industryToMarket = graph.read("$.data.collaborationGraph.edges[?(@.id == 'JOINT:常州市钟楼区/区市场监管局>常州市钟楼区/区工信局')].weight");
        assertThat(industryToMarket).singleElement().satisfies(w -> assertThat(w.intValue()).isEqualTo(2));
        List<Number> supportOfMarket = graph.read("$.data.collaborationGraph.edges[?(@.id == 'SUPPORT:常州市钟楼区/区工信局>常州市钟楼区/区市场监管局')].weight");
        assertThat(supportOfMarket).singleElement().satisfies(w -> assertThat(w.intValue()).isEqualTo(1));
    }

    @Test
    void the_bipartite_view_has_a_node_per_task_and_an_edge_per_role() {
        DocumentContext graph = graphql().run("collaborationGraph", "documentId", SEED, "include", List.of("TASKS", "TARGETS"));
        assertThat(graph.<List<Object>>read("$.data.collaborationGraph.nodes[?(@.kind == 'task')]")).hasSize(123);
        assertThat(graph.<List<Object>>read("$.data.collaborationGraph.edges[?(@.kind in ['LEAD', 'JOINT', 'SUPPORT'])]")).hasSize(185);
        assertThat(graph.<List<Object>>read("$.data.collaborationGraph.nodes[?(@.kind == 'target')]")).hasSize(59);
        assertThat(graph.<List<Object>>read("$.data.collaborationGraph.edges[?(@.kind == 'SETS')]")).hasSize(59);
        assertThat(graph.<List<Object>>read("$.data.collaborationGraph.edges[?(@.kind == 'SHARED')]")).isEmpty();
    }

    @Test
    void reports_come_as_csv_with_a_bom_and_as_markdown() {
        HttpResponse<String> csv = HttpJson.get(port, "/reports/load.csv?documentId=" + SEED);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment").contains("zhonglou-2021-load.csv");
        assertThat(csv.body()).startsWith("\uFEFF部门 department,牵头 leads,会同 joints,配合 supports");
        assertThat(csv.body().lines().skip(1).findFirst().orElseThrow()).isEqualTo("钟楼生态环境局,29,11,1,37,11,35,OVERLOADED");

        HttpResponse<String> md = HttpJson.get(port, "/reports/duplicates.md?documentId=" + SEED);
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.body()).startsWith("# Duplicated tasks of zhonglou-2021").contains("| 区工信局 #1 |").contains("| 区市场监管局 #1 |");

        HttpResponse<String> commitments = HttpJson.get(port, "/reports/commitments.csv?documentId=" + SEED);
        assertThat(commitments.body()).contains("EXTERNAL,区商务局 #2,市商务局,LEAD");
        assertThat(HttpJson.get(port, "/reports/department-pairs.csv?documentId=" + SEED).body()).contains("区工信局,区市场监管局,4,2,");
        assertThat(HttpJson.get(port, "/reports/overlaps.csv?documentId=" + SEED).body()).as("the report's former name")
                .contains("区工信局,区市场监管局,4,2,");
        assertThat(HttpJson.get(port, "/reports/shared-targets.md?documentId=" + SEED).body()).contains("挥发性有机物储罐");
    }

    @Test
    void an_unknown_report_is_a_clear_400() {
        HttpResponse<String> answer = HttpJson.get(port, "/reports/everything.csv");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("unknown report 'everything'");
    }

    @Test
    void the_page_is_served_with_its_scripts_from_the_jar() {
        HttpResponse<String> page = HttpJson.get(port, "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("vendor/cytoscape-3.35.0/cytoscape.min.js").doesNotContain("http://", "https://");
        assertThat(HttpJson.get(port, "/vendor/cytoscape-3.35.0/cytoscape.min.js").statusCode()).isEqualTo(200);
    }
}
