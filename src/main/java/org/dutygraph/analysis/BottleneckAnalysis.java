package org.dutygraph.analysis;

import org.dutygraph.model.GraphRows;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.model.Department;
import org.dutygraph.model.DepartmentRepository;
import org.dutygraph.model.Role;
import org.dutygraph.model.Participation;
import org.dutygraph.model.Task;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.dutygraph.cypher.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bottlenecks. The collaboration network ({@code cypher/analysis/collaboration-network.cypher}: departments linked
 * by the clauses they share, boilerplate left out) goes into a JGraphT graph whose link length is 1 / shared
 * clauses, so close partners are near; betweenness centrality (normalised, {@link Betweenness}) says how much of the shortest
 * collaboration runs through a department, the biconnectivity inspector which departments hold the network together.
 * {@code department-dependence.cypher} adds how many other departments name it as LEAD or JOINT and the dated
 * deadlines on it (both from each document's stored summary), {@code department-claims.cypher} the tasks behind it for
 * the departments answered. The score weighs these, each relative to the document's highest value:
 * 0.35 betweenness + 0.35 dependents + 0.2 dated deadlines + 0.1 articulation point.
 *
 * <p>Size: one ranking whose parts (the network, betweenness, cut points, dependence, the claims of the
 * departments answered, the reason sentence) only make sense together.
 */
@Service
@Transactional(readOnly = true)
public class BottleneckAnalysis {

    static final double BETWEENNESS_WEIGHT = 0.35;
    static final double DEPENDENTS_WEIGHT = 0.35;
    static final double DEADLINES_WEIGHT = 0.2;
    static final double ARTICULATION_WEIGHT = 0.1;

    private final CypherClient cypher;
    private final DepartmentRepository departments;

    BottleneckAnalysis(CypherClient cypher, DepartmentRepository departments) {
        this.cypher = cypher;
        this.departments = departments;
    }

    /**
     * The collaboration network: departments by id, the JGraphT graph (link length 1 / shared clauses), and for each
     * link the clauses both take part in.
     */
    public record Network(Map<String, Department> departments, SimpleWeightedGraph<String, DefaultWeightedEdge> graph,
                          Map<DefaultWeightedEdge, List<String>> sharedTasks, List<String> documentIds) {
    }

    /**
     * The collaboration network of one or more documents, also what the explorer draws; with {@code withTasks} false
     * each link's clause list is left empty (its weight still counts them): the ranking reads only the weights.
     */
    public Network network(List<String> documentIds, boolean withTasks) {
        return network(AnalysisScope.Coverage.of(documentIds), withTasks);
    }

    /** The network of the documents asked for, which its statement finds itself (refused when unknown). */
    private Network network(AnalysisScope.Coverage coverage, boolean withTasks) {
        AnalysisScope.Answer answer = coverage.read(cypher, "analysis/collaboration-network",
                Map.of("withTasks", withTasks), "department");
        List<String> documentIds = answer.documentIds();
        List<Row> rows = answer.rows();
        Map<String, Department> nodes = new LinkedHashMap<>();
        SimpleWeightedGraph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, List<String>> shared = new HashMap<>();
        for (Row r : rows) {
            Department d = GraphRows.department(r.row("department"));
            nodes.putIfAbsent(d.id(), d);
            graph.addVertex(d.id());
        }
        for (Row r : rows) {
            String a = r.row("department").text("id");
            for (Row link : r.rows("links")) {
                String b = link.text("partner");
                graph.addVertex(b);
                DefaultWeightedEdge edge = graph.addEdge(a, b);
                graph.setEdgeWeight(edge, 1.0 / link.integer("sharedTasks"));
                shared.put(edge, link.texts("tasks"));
            }
        }
        return new Network(nodes, graph, shared, documentIds);
    }

    public List<Bottleneck> analyse(List<String> documentIds, int limit) {
        return analyse(documentIds, network(documentIds, false), limit);
    }

    /** The bottlenecks of the documents asked for: the network's statement finds them (no statement of its own). */
    public List<Bottleneck> analyse(AnalysisScope.Coverage coverage, int limit) {
        Network network = network(coverage, false);
        return analyse(network.documentIds(), network, limit);
    }

    /** The bottlenecks of a network already read, each with the tasks that make others wait on it (its claims). */
    public List<Bottleneck> analyse(List<String> documentIds, Network network, int limit) {
        return rank(documentIds, network, limit, true);
    }

    /**
     * Every department of a network ranked as {@link #analyse} ranks it, without the claims (an empty list): the
     * explorer draws the scores of all departments, and the claims of all of them are the largest read of the
     * analysis.
     */
    public List<Bottleneck> rankWithoutClaims(List<String> documentIds, Network network) {
        return rank(documentIds, network, Integer.MAX_VALUE, false);
    }

    private List<Bottleneck> rank(List<String> documentIds, Network network, int limit, boolean withClaims) {
        var graph = network.graph();
        // Raw betweenness counts each unordered pair once in an undirected graph; the share of all (n−1)(n−2)/2 pairs
        // of other departments is the usual normalisation (JGraphT's own divides by (n−1)(n−2), half of it).
        int n = graph.vertexSet().size();
        double pairs = n > 2 ? (n - 1) * (n - 2) / 2.0 : 1;
        Map<String, Double> betweenness = new HashMap<>();
        Betweenness.scores(graph).forEach((v, raw) -> betweenness.put(v, raw / pairs));
        Set<String> cutpoints = new BiconnectivityInspector<>(graph).getCutpoints();

        record Dependence(List<String> dependents, int datedDeadlines) {
        }
        Dependence none = new Dependence(List.of(), 0); // a department nothing waits on
        Map<String, Dependence> dependence = new HashMap<>();
        boolean owned = true;
        for (Row r : rows("analysis/department-dependence", Map.of("documentIds", documentIds))) {
            Department d = network.departments().computeIfAbsent(r.row("department").text("id"),
                    id -> GraphRows.department(r.row("department")));
            dependence.put(d.id(), new Dependence(r.texts("dependents"), r.integer("datedDeadlines")));
            owned = r.flag("owned", true);
        }

        double maxBetweenness = max(betweenness.values().stream().mapToDouble(Double::doubleValue).toArray());
        double maxDependents = max(dependence.values().stream().mapToDouble(d -> d.dependents().size()).toArray());
        double maxDeadlines = max(dependence.values().stream().mapToDouble(Dependence::datedDeadlines).toArray());

        record Scored(String id, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String id : network.departments().keySet()) {
            Dependence dep = dependence.getOrDefault(id, none);
            double score = BETWEENNESS_WEIGHT * ratio(betweenness.getOrDefault(id, 0.0), maxBetweenness)
                    + DEPENDENTS_WEIGHT * ratio(dep.dependents().size(), maxDependents)
                    + DEADLINES_WEIGHT * ratio(dep.datedDeadlines(), maxDeadlines)
                    + ARTICULATION_WEIGHT * (cutpoints.contains(id) ? 1 : 0);
            scored.add(new Scored(id, score));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));

        List<Scored> top = scored.subList(0, Math.min(Math.max(limit, 0), scored.size()));
        Map<String, List<Participation>> claims = withClaims ? claims(documentIds, top.stream().map(Scored::id).toList(),
                network.departments()) : Map.of();
        Map<String, Department> named = departments.byIds(top.stream() // the dependents of the departments answered
                .flatMap(s -> dependence.getOrDefault(s.id(), none).dependents().stream())
                .distinct().toList());
        List<Bottleneck> result = new ArrayList<>();
        for (Scored s : top) {
            Department d = network.departments().get(s.id());
            Dependence dep = dependence.getOrDefault(s.id(), none);
            double b = betweenness.getOrDefault(s.id(), 0.0);
            boolean cut = cutpoints.contains(s.id());
            int partners = graph.containsVertex(s.id()) ? graph.degreeOf(s.id()) : 0;
            List<Department> dependents = dep.dependents().stream().map(named::get).filter(x -> x != null).toList();
            List<String> cutOff = cut ? cutOff(graph, s.id()).stream().map(id -> network.departments().get(id).name()).toList() : List.of();
            result.add(new Bottleneck(result.size() + 1, d, round(s.score()), round(b), cut, dependents.size(), dependents,
                    dep.datedDeadlines(), partners, claims.getOrDefault(s.id(), List.of()), reason(d, b, cutOff, dependents, dep.datedDeadlines(), partners, owned)));
        }
        return result;
    }

    /** The tasks of the given departments that others wait on (department-claims), by department id. */
    private Map<String, List<Participation>> claims(List<String> documentIds, List<String> departmentIds,
                                                    Map<String, Department> known) {
        Map<String, List<Participation>> claims = new HashMap<>();
        if (departmentIds.isEmpty()) {
            return claims;
        }
        for (Row r : rows("analysis/department-claims", Map.of("documentIds", documentIds, "departmentIds", departmentIds))) {
            Department d = known.get(r.text("departmentId"));
            List<Participation> list = new ArrayList<>();
            for (Row claim : r.rows("claims")) {
                list.add(new Participation(d, GraphRows.task(claim), Role.valueOf(claim.text("role")),
                        claim.text("evidence", ""), false));
            }
            claims.put(d.id(), list);
        }
        return claims;
    }

    /** The departments that lose every link to the rest of the network when {@code vertex} goes (outside its largest part). */
    private static List<String> cutOff(SimpleWeightedGraph<String, DefaultWeightedEdge> graph, String vertex) {
        Set<String> component = new org.jgrapht.alg.connectivity.ConnectivityInspector<>(graph).connectedSetOf(vertex);
        var without = new org.jgrapht.graph.AsSubgraph<>(graph, component.stream().filter(v -> !v.equals(vertex))
                .collect(java.util.stream.Collectors.toSet()));
        List<Set<String>> parts = new org.jgrapht.alg.connectivity.ConnectivityInspector<>(without).connectedSets();
        parts.sort(Comparator.comparingInt((Set<String> p) -> p.size()).reversed());
        return parts.stream().skip(1).flatMap(Set::stream).sorted().toList();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /**
     * @param owned true for a document whose sections belong to departments: the dependents are the departments
     *              whose clauses name this one; else the units of the tasks it leads or joins
     */
    private static String reason(Department d, double betweenness, List<String> cutOff, List<Department> dependents,
                                 int deadlines, int partners, boolean owned) {
        StringBuilder s = new StringBuilder(d.name());
        s.append(String.format(Locale.ROOT, " lies on %.0f%% of the shortest collaboration paths between other departments",
                betweenness * 100));
        s.append(", shares clauses with ").append(partners).append(" department(s)");
        if (!dependents.isEmpty()) {
            s.append(owned ? ", is named LEAD or JOINT in the clauses of " : ", leads or joins tasks that ")
                    .append(dependents.size()).append(owned ? " other department(s) (" : " other department(s) take part in (")
                    .append(String.join("、", dependents.stream().map(Department::name).limit(5).toList()))
                    .append(dependents.size() > 5 ? " …" : "").append(")");
        }
        s.append(" and carries ").append(deadlines).append(" dated deadline(s)");
        if (!cutOff.isEmpty()) {
            s.append("; it is the only link to ").append(String.join("、", cutOff.stream().limit(5).toList()))
                    .append(cutOff.size() > 5 ? " …" : "");
        }
        return s.append('.').toString();
    }

    private List<Row> rows(String query, Map<String, Object> params) {
        return cypher.rows(query, params);
    }

    private static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static double ratio(double value, double max) {
        return max == 0 ? 0 : value / max;
    }
}
