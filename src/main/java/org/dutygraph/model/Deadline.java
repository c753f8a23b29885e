package org.dutygraph.model;

/** A deadline a task is due by (4月底前), shared by every task of the document due then. */
public record Deadline(String text, String kind, Integer month) {
}
