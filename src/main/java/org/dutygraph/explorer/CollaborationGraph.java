package org.dutygraph.explorer;

import org.dutygraph.analysis.LoadBalance;
import org.dutygraph.model.Document;

import java.util.List;

/**
 * A document's collaboration graph in the shape graph libraries draw (GraphQL Graph), with the load balance its node
 * sizes come from.
 */
public record CollaborationGraph(List<Document> documents, LoadBalance load, List<Node> nodes, List<Edge> edges) {

    /** The document drawn: the one asked for, or the most recently imported of a scope's. */
    public Document document() {
        return documents.getFirst();
    }

    public enum Part { SHARED, ROLES, DUPLICATES, TASKS, TARGETS }

    /** GraphQL GraphNode. */
    public record Node(String id, String label, String kind, double value, NodeData data) {
        public String name() {
            return label;
        }
    }

    /** GraphQL GraphNodeData: the fields of the other kinds stay null. */
    public record NodeData(Boolean external, String level, Integer leads, Integer joints, Integer supports,
                           Double loadScore, String loadFlag, Double bottleneckScore, Double betweenness,
                           Boolean articulationPoint, Integer dependents, String owner, Integer ordinal, String text,
                           Boolean boilerplate, String subject, Double value, String unit, String comparator,
                           String scope) {
    }

    /** GraphQL GraphEdge. */
    public record Edge(String id, String source, String target, String kind, double weight, EdgeData data) {
        public String from() {
            return source;
        }

        public String to() {
            return target;
        }
    }

    /** GraphQL GraphEdgeData. */
    public record EdgeData(List<String> tasks, String evidence, Double similarity) {
    }
}
