package org.dutygraph.lineage;

import java.util.List;

/**
 * A task's chain up and down: the steps from it to the tasks it copies, up to the top level ({@code ancestors}), and
 * the steps from the tasks that copy it or its copies ({@code descendants}), nearest first.
 */
record TaskLineage(List<Derivation> ancestors, List<Derivation> descendants) {
}
