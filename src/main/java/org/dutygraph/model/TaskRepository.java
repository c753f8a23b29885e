package org.dutygraph.model;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.cypher.Row;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads tasks and what hangs off them, many parents per query; every query is a file under cypher/task/. */
@Repository
@Transactional(readOnly = true)
public class TaskRepository {

    /** Key of a department's owned tasks, optionally in one document. */
    public record OwnedKey(String departmentId, String documentId) {
    }

    /** Key of a department's participations, optionally of one role and in one document. */
    public record ParticipationKey(String departmentId, Role role, String documentId) {
    }

    /** Key of a section's tasks. */
    public record SectionKey(String documentId, int section) {
    }

    /** Filters of {@link #search}: null means no filter. */
    public record Filter(String documentId, List<String> departmentIds, Role role, String text) {
    }

    private final CypherClient cypher;

    public TaskRepository(CypherClient cypher) {
        this.cypher = cypher;
    }

    public Map<String, Task> byIds(Collection<String> ids) {
        Map<String, Task> tasks = new HashMap<>();
        rows("task/by-ids", Map.of("ids", List.copyOf(ids))).forEach(r -> {
            Task t = task(r);
            tasks.put(t.id(), t);
        });
        return tasks;
    }

    public Map<SectionKey, List<Task>> bySections(Collection<SectionKey> keys) {
        Map<SectionKey, List<Task>> tasks = emptyLists(keys);
        List<Map<String, Object>> params = keys.stream()
                .map(k -> Map.<String, Object>of("documentId", k.documentId(), "section", k.section())).toList();
        rows("task/by-sections", Map.of("keys", params)).forEach(r -> tasks
                .get(new SectionKey(r.text("documentId"), r.integer("section"))).add(task(r)));
        return tasks;
    }

    public Map<OwnedKey, List<Task>> owned(Collection<OwnedKey> keys) {
        Map<OwnedKey, List<Task>> tasks = emptyLists(keys);
        List<Map<String, Object>> params = keys.stream()
                .map(k -> parameters("departmentId", k.departmentId(), "documentId", k.documentId())).toList();
        rows("task/owned", Map.of("keys", params)).forEach(r -> tasks
                .get(new OwnedKey(r.text("departmentId"), r.text("documentId"))).add(task(r)));
        return tasks;
    }

    public Map<String, List<Participation>> participants(Collection<String> taskIds) {
        Map<String, List<Participation>> byTask = emptyLists(taskIds);
        rows("task/participants", Map.of("ids", List.copyOf(taskIds)))
                .forEach(r -> byTask.get(r.text("taskId")).add(participation(r)));
        return byTask;
    }

    public Map<ParticipationKey, List<Participation>> participations(Collection<ParticipationKey> keys) {
        Map<ParticipationKey, List<Participation>> byKey = emptyLists(keys);
        List<Map<String, Object>> params = keys.stream().map(k -> parameters("departmentId", k.departmentId(),
                "role", k.role() == null ? null : k.role().name(), "documentId", k.documentId())).toList();
        rows("task/participations", Map.of("keys", params)).forEach(r -> {
            String role = r.text("roleFilter");
            ParticipationKey key = new ParticipationKey(r.text("departmentId"),
                    role == null ? null : Role.valueOf(role), r.text("documentId"));
            byKey.get(key).add(participation(r));
        });
        return byKey;
    }

    public Map<String, List<Department>> mentions(Collection<String> taskIds) {
        Map<String, List<Department>> byTask = emptyLists(taskIds);
        rows("task/mentions", Map.of("ids", List.copyOf(taskIds)))
                .forEach(r -> byTask.get(r.text("taskId")).add(GraphRows.department(r.row("department"))));
        return byTask;
    }

    public Map<String, List<Task>> derivedFrom(Collection<String> taskIds) {
        Map<String, List<Task>> byTask = emptyLists(taskIds);
        rows("task/derived-from", Map.of("ids", List.copyOf(taskIds))).forEach(r -> byTask.get(r.text("taskId")).add(task(r)));
        return byTask;
    }

    public Map<String, List<Target>> targets(Collection<String> taskIds) {
        Map<String, List<Target>> byTask = emptyLists(taskIds);
        rows("task/targets", Map.of("ids", List.copyOf(taskIds))).forEach(r -> {
            String taskId = r.text("taskId");
            byTask.get(taskId).add(GraphRows.target(r.row("target"), taskId));
        });
        return byTask;
    }

    public Map<String, List<Deadline>> deadlines(Collection<String> taskIds) {
        Map<String, List<Deadline>> byTask = emptyLists(taskIds);
        rows("task/deadlines", Map.of("ids", List.copyOf(taskIds)))
                .forEach(r -> byTask.get(r.text("taskId")).add(GraphRows.deadline(r.row("deadline"))));
        return byTask;
    }

    /** One page of the tasks that pass {@code filter}: document order, or relevance with a text search. */
    public TaskConnection search(Filter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("documentId", filter.documentId());
        params.put("departmentIds", filter.departmentIds());
        params.put("role", filter.role() == null ? null : filter.role().name());
        params.put("skip", offset);
        params.put("limit", limit);
        String query = "task/search";
        if (filter.text() != null && !filter.text().isBlank()) {
            query = "task/search-text";
            params.put("text", FullText.query(filter.text()));
        }
        Row row = rows(query, params).getFirst();
        List<Task> tasks = row.rows("page").stream().map(GraphRows::task).toList();
        return TaskConnection.of(tasks, offset, row.integer("total"));
    }

    private List<Row> rows(String query, Map<String, Object> params) {
        return cypher.rows(query, params);
    }

    private static Task task(Row r) {
        return GraphRows.task(r);
    }

    private static Participation participation(Row r) {
        return GraphRows.participation(r);
    }

    /** Parameters from names and values, nulls allowed (Map.of refuses them): a null filter means none. */
    private static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static <K, V> Map<K, List<V>> emptyLists(Collection<K> keys) {
        Map<K, List<V>> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, new ArrayList<>()));
        return map;
    }
}
