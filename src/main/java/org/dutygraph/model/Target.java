package org.dutygraph.model;

/** A quantified target a task sets (源头替代项目30个), as stored. */
public record Target(String id, String taskId, String kind, String subject, double value, String unit,
                     String comparator, String change, String scope, String raw) {
}
