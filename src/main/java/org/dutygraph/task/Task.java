package org.dutygraph.task;

import org.neo4j.driver.types.Node;

import java.util.List;

/** A task (条款): one numbered clause of a department's section, as stored. */
public record Task(String id, String documentId, String ownerId, int section, int ordinal, String label, String text,
                   int line, boolean boilerplate, List<String> deadlines, List<String> unresolvedMentions) {

    public static Task from(Node node, String ownerId) {
        return new Task(node.get("id").asString(), node.get("documentId").asString(), ownerId,
                node.get("section").asInt(0), node.get("ordinal").asInt(), node.get("label").asString(""),
                node.get("text").asString(), node.get("line").asInt(0), node.get("boilerplate").asBoolean(false),
                node.get("deadlines").asList(v -> v.asString(), List.of()),
                node.get("unresolvedMentions").asList(v -> v.asString(), List.of()));
    }
}
