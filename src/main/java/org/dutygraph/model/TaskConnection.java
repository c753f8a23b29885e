package org.dutygraph.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One page of a Relay cursor connection over tasks (the class name ends in Connection so that Spring for GraphQL
 * passes it through as it is instead of adapting it, keeping totalCount and nodes). A cursor is the opaque, base64 form of the item's offset in
 * the whole result, so any page can be asked for again.
 */
public record TaskConnection(List<Edge> edges, PageInfo pageInfo, int totalCount) {

    public record Edge(String cursor, Task node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    public List<Task> nodes() {
        return edges.stream().map(Edge::node).toList();
    }

    public static TaskConnection of(List<Task> tasks, int offset, int total) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            edges.add(new Edge(cursor(offset + i), tasks.get(i)));
        }
        PageInfo info = new PageInfo(offset + tasks.size() < total, offset > 0,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
        return new TaskConnection(edges, info, total);
    }

    public static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("task:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset just after {@code cursor}; 0 without one. */
    public static int offsetAfter(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith("task:")) {
                throw new IllegalArgumentException();
            }
            return Integer.parseInt(decoded.substring(5)) + 1;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + cursor + "' is not a cursor of this connection: use a pageInfo.endCursor");
        }
    }
}
