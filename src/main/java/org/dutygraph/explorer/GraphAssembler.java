package org.dutygraph.explorer;

import org.dutygraph.model.GraphRows;

import org.dutygraph.analysis.Bottleneck;
import org.dutygraph.analysis.BottleneckAnalysis;
import org.dutygraph.analysis.DuplicateAnalysis;
import org.dutygraph.analysis.DuplicateGroup;
import org.dutygraph.analysis.LoadBalance;
import org.dutygraph.analysis.LoadBalanceAnalysis;
import org.dutygraph.cypher.CypherClient;
import org.dutygraph.model.Department;
import org.dutygraph.model.DepartmentRepository;
import org.dutygraph.model.DocumentRepository;
import org.dutygraph.model.Target;
import org.dutygraph.model.Task;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.dutygraph.cypher.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the collaboration graph from the analyses (load, bottlenecks, the collaboration network, duplicate pairs)
 * and from {@code cypher/explorer/}, so the figures a client draws are the figures the analyses answer.
 */
@Service
@Transactional(readOnly = true)
public class GraphAssembler {

    public static final Set<CollaborationGraph.Part> DEFAULT = EnumSet.of(CollaborationGraph.Part.SHARED,
            CollaborationGraph.Part.ROLES, CollaborationGraph.Part.DUPLICATES);

    private final CypherClient cypher;
    private final DocumentRepository documents;
    private final DepartmentRepository departments;
    private final LoadBalanceAnalysis loads;
    private final BottleneckAnalysis bottlenecks;
    private final DuplicateAnalysis duplicates;

    GraphAssembler(CypherClient cypher, DocumentRepository documents, DepartmentRepository departments,
                   LoadBalanceAnalysis loads, BottleneckAnalysis bottlenecks, DuplicateAnalysis duplicates) {
        this.cypher = cypher;
        this.documents = documents;
        this.departments = departments;
        this.loads = loads;
        this.bottlenecks = bottlenecks;
        this.duplicates = duplicates;
    }

    public CollaborationGraph assemble(List<String> documentIds, Set<CollaborationGraph.Part> parts) {
        Map<String, LoadBalance.DepartmentLoad> load = new HashMap<>();
        LoadBalance balance = loads.analyse(documentIds, LoadBalanceAnalysis.Weights.DEFAULT, false);
        balance.departments().forEach(l -> load.put(l.department().id(), l));
        BottleneckAnalysis.Network network = bottlenecks.network(documentIds, parts.contains(CollaborationGraph.Part.SHARED));
        Map<String, Bottleneck> critical = new HashMap<>();
        bottlenecks.rankWithoutClaims(documentIds, network).forEach(b -> critical.put(b.department().id(), b));

        List<CollaborationGraph.Node> nodes = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Department d : departments.all(documentIds)) {
            LoadBalance.DepartmentLoad l = load.get(d.id());
            Bottleneck b = critical.get(d.id());
            names.put(d.id(), d.name());
            nodes.add(new CollaborationGraph.Node(d.id(), d.name(), "department", l == null ? 0 : l.score(),
                    new CollaborationGraph.NodeData(d.external(), d.level(), l == null ? 0 : l.leads(), l == null ? 0 : l.joints(),
                            l == null ? 0 : l.supports(), l == null ? 0 : l.score(), l == null ? null : l.flag().name(),
                            b == null ? 0 : b.score(), b == null ? 0 : b.betweenness(), b != null && b.articulationPoint(),
                            b == null ? 0 : b.dependents(), null, null, null, null, null, null, null, null, null)));
        }
        List<CollaborationGraph.Edge> edges = new ArrayList<>();
        if (parts.contains(CollaborationGraph.Part.SHARED)) {
            for (DefaultWeightedEdge e : network.graph().edgeSet()) {
                String a = network.graph().getEdgeSource(e);
                String b = network.graph().getEdgeTarget(e);
                List<String> tasks = network.sharedTasks().get(e);
                edges.add(new CollaborationGraph.Edge("SHARED:" + a + "|" + b, a, b, "SHARED", tasks.size(),
                        new CollaborationGraph.EdgeData(tasks, null, null)));
            }
        }
        if (parts.contains(CollaborationGraph.Part.ROLES)) {
            for (Row r : rows("explorer/role-links", documentIds)) {
                String kind = r.text("kind");
                String source = r.text("source");
                String target = r.text("target");
                edges.add(new CollaborationGraph.Edge(kind + ":" + source + ">" + target, source, target, kind,
                        r.integer("clauses"), new CollaborationGraph.EdgeData(r.texts("tasks"), null, null)));
            }
        }
        if (parts.contains(CollaborationGraph.Part.DUPLICATES)) {
            Map<String, List<DuplicateGroup.SimilarPair>> byOwners = new LinkedHashMap<>();
            for (DuplicateGroup.SimilarPair p : duplicates.pairs(documentIds, 0.5, false)) {
                // a duplicate links every owner of one task with every owner of the other (co-owned tasks: several)
                for (String a : p.first().ownerIds()) {
                    for (String b : p.second().ownerIds()) {
                        if (!a.equals(b)) {
                            String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
                            byOwners.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                        }
                    }
                }
            }
            byOwners.forEach((key, pairs) -> {
                String[] ends = key.split("\\|");
                List<String> tasks = pairs.stream().flatMap(p -> List.of(p.first().id(), p.second().id()).stream()).distinct().toList();
                double best = pairs.stream().mapToDouble(p -> Math.max(p.similarity(), p.passageSimilarity())).max().orElse(0);
                edges.add(new CollaborationGraph.Edge("DUPLICATE:" + key, ends[0], ends[1], "DUPLICATE", pairs.size(),
                        new CollaborationGraph.EdgeData(tasks, null, best)));
            });
        }
        if (parts.contains(CollaborationGraph.Part.TASKS)) {
            Map<String, Task> tasks = new LinkedHashMap<>();
            for (Row r : rows("explorer/task-links", documentIds)) {
                Task t = GraphRows.task(r);
                tasks.putIfAbsent(t.id(), t);
                if (r.isNull("departmentId")) {
                    continue; // a task no department takes part in: a node of its own, without edges
                }
                String department = r.text("departmentId");
                String role = r.text("role");
                edges.add(new CollaborationGraph.Edge(role + ":" + department + ">" + t.id(), department, t.id(), role, 1,
                        new CollaborationGraph.EdgeData(List.of(t.id()), r.text("evidence"), null)));
            }
            tasks.values().stream().sorted(Comparator.comparing(Task::documentId).thenComparingInt(Task::section).thenComparingInt(Task::ordinal)).forEach(t ->
                    nodes.add(new CollaborationGraph.Node(t.id(), t.name(), "task", 1,
                            new CollaborationGraph.NodeData(null, null, null, null, null, null, null, null, null, null, null,
                                    t.ownerIds().stream().map(names::get).filter(java.util.Objects::nonNull)
                                            .collect(java.util.stream.Collectors.joining("、")), t.ordinal(), t.text(),
                                    t.boilerplate(), null, null, null, null, null))));
            if (parts.contains(CollaborationGraph.Part.TARGETS)) {
                for (Row r : rows("explorer/target-links", documentIds)) {
                    String taskId = r.text("taskId");
                    Target g = GraphRows.target(r.row("target"), taskId);
                    nodes.add(new CollaborationGraph.Node(g.id(), g.subject(), "target", 1,
                            new CollaborationGraph.NodeData(null, null, null, null, null, null, null, null, null, null, null,
                                    null, null, g.raw(), null, g.subject(), g.value(), g.unit(), g.comparator(), g.scope())));
                    edges.add(new CollaborationGraph.Edge("SETS:" + taskId + ">" + g.id(), taskId, g.id(), "SETS", 1,
                            new CollaborationGraph.EdgeData(List.of(taskId), null, null)));
                }
            }
        }
        return new CollaborationGraph(documents.byIdsInOrder(documentIds), balance, nodes, edges);
    }

    private List<Row> rows(String query, List<String> documentIds) {
        return cypher.rows(query, Map.of("documentIds", documentIds));
    }
}
