package org.dutygraph.analysis;

import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Brandes' betweenness on int arrays gives JGraphT's scores, on small graphs worked by hand and on random ones. */
@DisplayName("Betweenness")
class BetweennessTest {

    private static SimpleWeightedGraph<String, DefaultWeightedEdge> graph(Object... edges) {
        SimpleWeightedGraph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < edges.length; i += 3) {
            g.addVertex((String) edges[i]);
            g.addVertex((String) edges[i + 1]);
            g.setEdgeWeight(g.addEdge((String) edges[i], (String) edges[i + 1]), ((Number) edges[i + 2]).doubleValue());
        }
        return g;
    }

    @Test
    void the_middle_of_a_path_lies_on_the_one_path_between_its_ends() {
        assertThat(Betweenness.scores(graph("a", "b", 1, "b", "c", 1)))
                .isEqualTo(Map.of("a", 0.0, "b", 1.0, "c", 0.0));
    }

    @Test
    void two_equally_short_routes_share_the_pair_between_them() {
        // a–b–d and a–c–d are both 2 long: b and c each carry half of the pair (a, d)
        assertThat(Betweenness.scores(graph("a", "b", 1, "b", "d", 1, "a", "c", 1, "c", "d", 1)))
                .isEqualTo(Map.of("a", 0.5, "b", 0.5, "c", 0.5, "d", 0.5));
    }

    @Test
    void a_heavier_link_is_a_shorter_path_when_its_length_is_smaller() {
        // a–c directly is 3 long, through b 1 + 1: every path between a and c runs through b
        assertThat(Betweenness.scores(graph("a", "b", 1, "b", "c", 1, "a", "c", 3)))
                .isEqualTo(Map.of("a", 0.0, "b", 1.0, "c", 0.0));
    }

    @Test
    void separate_parts_and_a_lone_vertex_score_within_their_own_part() {
        SimpleWeightedGraph<String, DefaultWeightedEdge> g = graph("a", "b", 1, "b", "c", 1, "x", "y", 0.5);
        g.addVertex("alone");
        assertThat(Betweenness.scores(g)).isEqualTo(Map.of("a", 0.0, "b", 1.0, "c", 0.0, "x", 0.0, "y", 0.0, "alone", 0.0));
    }

    @Test
    void a_link_without_length_is_refused() {
        assertThatThrownBy(() -> Betweenness.scores(graph("a", "b", 0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }

    @ParameterizedTest(name = "{0} vertices, {1} links, lengths 1/1..1/{2}, seed {3}")
    @CsvSource({"2, 1, 1, 1", "30, 60, 1, 2", "30, 60, 5, 3", "120, 400, 8, 4", "200, 250, 3, 5", "300, 3000, 12, 6",
            "400, 420, 1, 7"})
    void random_graphs_score_as_jgrapht_scores_them(int vertices, int links, int shares, long seed) {
        // lengths 1/shared tasks as the collaboration network has them; few distinct lengths make many equal paths
        Random random = new Random(seed);
        SimpleWeightedGraph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < vertices; i++) {
            g.addVertex("v" + i);
        }
        while (g.edgeSet().size() < links) {
            int a = random.nextInt(vertices);
            int b = random.nextInt(vertices);
            if (a != b && !g.containsEdge("v" + a, "v" + b)) {
                g.setEdgeWeight(g.addEdge("v" + a, "v" + b), 1.0 / (1 + random.nextInt(shares)));
            }
        }
        Map<String, Double> expected = new BetweennessCentrality<>(g, false).getScores();
        Map<String, Double> actual = Betweenness.scores(g);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((v, score) -> assertThat(actual.get(v)).as(v).isCloseTo(score, within(1e-9 * Math.max(1, score))));
        assertThat(expected.values().stream().mapToDouble(Double::doubleValue).sum()).as("the graph has paths through vertices")
                .isGreaterThanOrEqualTo(vertices > 2 && links > 1 ? 1 : 0);
    }
}
