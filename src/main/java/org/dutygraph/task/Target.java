package org.dutygraph.task;

import org.neo4j.driver.types.Node;

/** A quantified target a task sets (源头替代项目30个), as stored. */
public record Target(String id, String taskId, String kind, String subject, double value, String unit,
                     String comparator, String change, String scope, String raw) {

    public static Target from(Node node, String taskId) {
        return new Target(node.get("id").asString(), taskId, node.get("kind").asString(), node.get("subject").asString(""),
                node.get("value").asDouble(), node.get("unit").asString(""), symbol(node.get("comparator").asString("EQ")),
                node.get("change").asString(null), node.get("scope").asString(null), node.get("raw").asString(""));
    }

    private static String symbol(String comparator) {
        return org.dutygraph.parser.Target.Comparator.valueOf(comparator).symbol();
    }
}
