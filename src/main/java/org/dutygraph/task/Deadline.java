package org.dutygraph.task;

import org.neo4j.driver.types.Node;

/** A deadline a task is due by (4月底前), shared by every task of the document due then. */
public record Deadline(String text, String kind, Integer month) {

    public static Deadline from(Node node) {
        return new Deadline(node.get("text").asString(), node.get("kind").asString(),
                node.get("month").isNull() ? null : node.get("month").asInt());
    }
}
